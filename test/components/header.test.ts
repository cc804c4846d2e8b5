import { expect, html } from '@open-wc/testing';
import '../../src/components/header/rtk-header.js';
import '../../src/components/viewer-count/rtk-viewer-count.js';
import '../../src/components/livestream-indicator/rtk-livestream-indicator.js';
import type { RtkHeader } from '../../src/components/header/rtk-header.js';
import type { RtkClock } from '../../src/components/clock/rtk-clock.js';
import type { RtkParticipantCount } from '../../src/components/participant-count/rtk-participant-count.js';
import type { RtkViewerCount } from '../../src/components/viewer-count/rtk-viewer-count.js';
import type { RtkLivestreamIndicator } from '../../src/components/livestream-indicator/rtk-livestream-indicator.js';
import type { RtkLogo } from '../../src/components/logo/rtk-logo.js';
import { safeImageUrl } from '../../src/components/logo/logo.js';
import { deepText, mountWithMeeting, queryDeep, totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('<rtk-header>', () => {
  it('shows the title, the clock and the participant count, and passes axe', async () => {
    const { el } = await mountWithMeeting<RtkHeader>(html`<rtk-header></rtk-header>`, {
      join: true,
      people: 3,
      title: 'Weekly sync',
    });
    await until(() => queryDeep(el, '[part="text"][role="timer"]')?.textContent);
    const text = deepText(el);
    expect(text).to.contain('Weekly sync');
    expect(text).to.contain('Time in meeting');
    expect(text).to.contain('4 participants');
    expect(queryDeep(el, '[role="group"]')!.getAttribute('aria-label')).to.equal(
      'Meeting information',
    );
    await expect(el).to.be.accessible();
  });

  it('makes the title a heading of heading-level, and only a title that is there', async () => {
    const { el, meeting } = await mountWithMeeting<RtkHeader>(
      html`<rtk-header heading-level="1"></rtk-header>`,
      { join: true, title: 'Weekly sync' },
    );
    const heading = queryDeep(el, 'rtk-meeting-title')!;
    expect([heading.getAttribute('role'), heading.getAttribute('aria-level')]).to.deep.equal([
      'heading',
      '1',
    ]);
    expect(deepText(heading)).to.equal('Weekly sync');
    el.headingLevel = undefined;
    await el.updateComplete;
    expect(heading.hasAttribute('role')).to.equal(false);
    meeting.meta.meetingTitle = '';
    el.headingLevel = 2;
    await el.updateComplete;
    expect(queryDeep(el, '[role="heading"]')).to.equal(undefined);
  });

  it('the clock ticks every second without a Lit update of itself or the header', async () => {
    const { el } = await mountWithMeeting<RtkHeader>(html`<rtk-header></rtk-header>`, {
      join: true,
    });
    const clock = queryDeep<RtkClock>(el, 'rtk-clock')!;
    const timer = () => queryDeep(clock, '[role="timer"]')!.textContent;
    await until(() => timer());
    let headerUpdates = 0;
    let clockUpdates = 0;
    const headerUpdate = el['update'].bind(el);
    const clockUpdate = clock['update'].bind(clock);
    (el as unknown as { update: (c: unknown) => void }).update = (c) => (
      headerUpdates++,
      headerUpdate(c as never)
    );
    (clock as unknown as { update: (c: unknown) => void }).update = (c) => (
      clockUpdates++,
      clockUpdate(c as never)
    );
    const first = timer();
    await until(() => timer() !== first, 'the clock did not tick');
    expect(timer()).to.match(/^\d+:\d\d(:\d\d)?$/);
    expect(headerUpdates).to.equal(0);
    expect(clockUpdates).to.equal(0);
  });

  it('the clock shows the time since the start, in the language digits, and follows a new start time', async () => {
    const { el, meeting } = await mountWithMeeting<RtkClock>(html`<rtk-clock></rtk-clock>`, {
      join: true,
    });
    meeting.meta.meetingStartedTimestamp = new Date(Date.now() - (3600 + 125) * 1000);
    meeting.meta.emit('meetingStartTimeUpdate', {
      meetingStartedTimestamp: meeting.meta.meetingStartedTimestamp,
    });
    await el.updateComplete;
    expect(queryDeep(el, '[role="timer"]')!.textContent).to.match(/^1:02:0[5-7]$/);
  });

  it('counts follow joins and leaves (self included once joined)', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipantCount>(
      html`<rtk-participant-count></rtk-participant-count>`,
      { people: 2 },
    );
    expect(deepText(el)).to.contain('0 participants');
    await meeting.join();
    await el.updateComplete;
    expect(deepText(el)).to.contain('3 participants');
    const person = meeting.director.addPerson({ name: 'Ada' });
    await el.updateComplete;
    expect(queryDeep(el, '[part="count"]')!.textContent).to.equal('4');
    meeting.director.removePerson(person.id);
    meeting.director.removePerson(meeting.director.people[0].id);
    await el.updateComplete;
    expect(deepText(el)).to.contain('2 participants');
    await expect(el).to.be.accessible();
  });

  it('viewer count and live badge follow the livestream; hidden without one', async () => {
    const { el, meeting } = await mountWithMeeting<RtkViewerCount>(
      html`<rtk-viewer-count></rtk-viewer-count>`,
      {
        join: true,
        preset: 'livestream-host',
        people: 2,
      },
    );
    meeting.director.livestream!.setViewerCount(12);
    await el.updateComplete;
    expect(deepText(el)).to.contain('12 viewers');
    const live = document.createElement('rtk-livestream-indicator') as RtkLivestreamIndicator;
    live.meeting = meeting;
    el.after(live);
    await live.updateComplete;
    expect(deepText(live)).to.equal('');
    meeting.director.livestream!.start();
    await until(() => deepText(live) === 'Live');
    expect(live.hasAttribute('live')).to.equal(true);
    live.remove();

    const { el: none } = await mountWithMeeting<RtkViewerCount>(
      html`<rtk-viewer-count></rtk-viewer-count>`,
      { join: true },
    );
    expect(none.shadowRoot!.childElementCount).to.equal(0);
  });

  it('shows the viewer count and live badge only in livestream meetings', async () => {
    const { el: call } = await mountWithMeeting<RtkHeader>(html`<rtk-header></rtk-header>`, {
      join: true,
      people: 2,
    });
    expect(queryDeep(call, 'rtk-viewer-count')).to.equal(undefined);
    expect(queryDeep(call, 'rtk-livestream-indicator')).to.equal(undefined);
    const { el, meeting } = await mountWithMeeting<RtkHeader>(html`<rtk-header></rtk-header>`, {
      join: true,
      preset: 'livestream-host',
      people: 2,
    });
    meeting.director.livestream!.setViewerCount(3);
    await until(() => deepText(el).includes('3 viewers'));
    expect(queryDeep(el, 'rtk-livestream-indicator')).not.to.equal(undefined);
  });

  it('logo: safe URLs only, with alt text', async () => {
    expect(safeImageUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeImageUrl('data:text/html,<script>')).to.equal(undefined);
    expect(safeImageUrl('https://example.com/logo.png')).to.equal('https://example.com/logo.png');
    expect(safeImageUrl(PNG)).to.equal(PNG);
    const { el } = await mountWithMeeting<RtkLogo>(html`<rtk-logo logo-url=${PNG}></rtk-logo>`, {
      join: true,
    });
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.alt).to.equal('Logo');
    el.logoUrl = 'javascript:alert(1)';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it("logo: the preset's logo, unless the provider does not load config from the preset", async () => {
    const { el, meeting } = await mountWithMeeting<RtkLogo>(html`<rtk-logo></rtk-logo>`, {
      join: true,
    });
    (meeting.self.config.header.elements as { logo?: string }).logo = PNG;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')?.getAttribute('src')).to.equal(PNG);
    el.config = { loadConfigFromPreset: false };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('slotted content replaces the built-in items; the preset can hide items', async () => {
    const { el } = await mountWithMeeting<RtkHeader>(
      html`<rtk-header><span>Custom</span></rtk-header>`,
      { join: true },
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('rtk-clock')).to.equal(null);
    const { el: plain, meeting } = await mountWithMeeting<RtkHeader>(
      html`<rtk-header></rtk-header>`,
      { join: true },
    );
    (meeting.self.config.header.elements as { timer: boolean }).timer = false;
    plain.requestUpdate();
    await plain.updateComplete;
    expect(plain.shadowRoot!.querySelector('rtk-clock')).to.equal(null);
    expect(plain.shadowRoot!.querySelector('rtk-participant-count')).to.exist;
  });

  it('leaves no listener on the meeting when removed', async () => {
    const { el: host, meeting } = await mountWithMeeting<HTMLDivElement>(html`<div></div>`, {
      join: true,
      preset: 'livestream-host',
    });
    const before = totalListeners(meeting);
    const header = document.createElement('rtk-header');
    header.meeting = meeting;
    host.append(header);
    await header.updateComplete;
    await until(() => queryDeep(header, 'rtk-participant-count')?.shadowRoot?.childElementCount);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    header.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
