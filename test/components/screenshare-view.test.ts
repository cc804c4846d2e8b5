import { expect, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/screenshare-view/rtk-screenshare-view.js';
import type { RtkScreenshareView } from '../../src/components/screenshare-view/rtk-screenshare-view.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import type { ScreensharePlayEvent } from '../../src/events/screenshare-play.js';
import type { DemoMeeting, DemoParticipant } from '../../src/demo/index.js';
import {
  deepText,
  demoMeeting,
  mountWithMeeting,
  nameOf,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

function part<T extends HTMLElement = HTMLElement>(el: RtkScreenshareView, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part="${name}"]`);
}

function innerButton(el: RtkScreenshareView, name: string): HTMLButtonElement {
  return queryDeep<HTMLButtonElement>(part(el, name)!, 'button')!;
}

function centerOf(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

async function settle(el: RtkScreenshareView) {
  await el.updateComplete;
  for (const b of el.shadowRoot!.querySelectorAll('rtk-button'))
    await (b as unknown as RtkScreenshareView).updateComplete;
}

async function sharing(): Promise<{
  el: RtkScreenshareView;
  meeting: DemoMeeting;
  person: DemoParticipant;
}> {
  const meeting = await demoMeeting({ people: 2, join: true });
  const person = meeting.director.people[0];
  meeting.director.setScreenShare(person.id, true);
  const { el } = await mountWithMeeting<RtkScreenshareView>(
    html`<rtk-screenshare-view style="width: 480px; height: 270px" .meeting=${meeting} .participant=${person}></rtk-screenshare-view>`,
  );
  await settle(el);
  return { el, meeting, person };
}

describe('<rtk-screenshare-view>', () => {
  afterEach(async () => {
    await resetMouse();
    if (document.fullscreenElement) await document.exitFullscreen();
  });

  it("shows the sharer's screen and name, and passes axe", async () => {
    const { el, person } = await sharing();
    const video = part<HTMLVideoElement>(el, 'video')!;
    expect((video.srcObject as MediaStream).getVideoTracks()[0]).to.equal(
      person.screenShareTracks.video,
    );
    expect(part(el, 'container')!.getAttribute('aria-label')).to.equal(`${person.name}'s screen`);
    expect(part(el, 'name')!.textContent).to.equal(person.name);
    await until(() => !video.paused, 'screen did not play');
    await expect(el).to.be.accessible();
  });

  it('fires screensharePlay when the screen plays', async () => {
    const meeting = await demoMeeting({ people: 1, join: true });
    const person = meeting.director.people[0];
    meeting.director.setScreenShare(person.id, true);
    const parent = document.createElement('div');
    document.body.append(parent);
    try {
      const played = oneEvent(parent, 'screensharePlay') as Promise<ScreensharePlayEvent>;
      const el = document.createElement('rtk-screenshare-view');
      el.meeting = meeting;
      el.participant = person;
      parent.append(el);
      const event = await played;
      expect(event.detail.participant).to.equal(person);
      expect(event.detail.videoElement).to.equal(part(el, 'video'));
    } finally {
      parent.remove();
    }
  });

  it('disappears when the share stops and comes back when it starts again', async () => {
    const { el, meeting, person } = await sharing();
    meeting.director.setScreenShare(person.id, false);
    await el.updateComplete;
    expect(part(el, 'container')).to.equal(null);
    expect(deepText(el)).to.equal('');
    meeting.director.setScreenShare(person.id, true);
    await el.updateComplete;
    const video = part<HTMLVideoElement>(el, 'video')!;
    expect((video.srcObject as MediaStream).getVideoTracks()[0]).to.equal(
      person.screenShareTracks.video,
    );
  });

  it('switches between fit and fill', async () => {
    const { el } = await sharing();
    const video = part<HTMLVideoElement>(el, 'video')!;
    expect(getComputedStyle(video).objectFit).to.equal('contain');
    expect(nameOf(innerButton(el, 'fit-button'))).to.equal('Fill the view');
    innerButton(el, 'fit-button').click();
    await settle(el);
    expect(el.getAttribute('fit')).to.equal('fill');
    expect(getComputedStyle(video).objectFit).to.equal('cover');
    expect(nameOf(innerButton(el, 'fit-button'))).to.equal('Fit to view');
  });

  it('switches fit from the keyboard', async () => {
    const { el } = await sharing();
    part(el, 'fit-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.fit).to.equal('fill');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.fit).to.equal('fit');
  });

  it('enters and leaves full screen, and the button follows the real state', async () => {
    const { el } = await sharing();
    const button = () => innerButton(el, 'fullscreen-button');
    expect(nameOf(button())).to.equal('Full screen');
    await sendMouse({ type: 'click', position: centerOf(button()) });
    await until(() => document.fullscreenElement === el, 'did not go full screen');
    await settle(el);
    expect(nameOf(button())).to.equal('Exit full screen');
    // Leaving by other means (Escape, the browser's UI) is reflected too.
    await document.exitFullscreen();
    await until(() => nameOf(button()) === 'Full screen', 'button did not follow');
  });

  it('leaves full screen when the share stops', async () => {
    const { el, meeting, person } = await sharing();
    await sendMouse({ type: 'click', position: centerOf(innerButton(el, 'fullscreen-button')) });
    await until(() => document.fullscreenElement === el, 'did not go full screen');
    meeting.director.setScreenShare(person.id, false);
    await until(() => document.fullscreenElement === null, 'stayed full screen');
  });

  it('stays out of full screen when the browser refuses, without throwing', async () => {
    const { el } = await sharing();
    // A script click is no user gesture: the browser refuses.
    const refused = oneEvent(document, 'fullscreenerror');
    innerButton(el, 'fullscreen-button').click();
    await refused;
    await settle(el);
    expect(document.fullscreenElement).to.equal(null);
    expect(nameOf(innerButton(el, 'fullscreen-button'))).to.equal('Full screen');
  });

  it('can hide the full-screen button', async () => {
    const { el } = await sharing();
    el.hideFullScreenButton = true;
    await el.updateComplete;
    expect(part(el, 'fullscreen-button')).to.equal(null);
    expect(part(el, 'fit-button')).to.exist;
  });

  it('shows a notice instead of your own screen, with a way to stop', async () => {
    const { el, meeting } = await mountWithMeeting<RtkScreenshareView>(
      html`<rtk-screenshare-view></rtk-screenshare-view>`,
      {
        join: true,
      },
    );
    el.participant = meeting.self;
    await el.updateComplete;
    expect(part(el, 'container')).to.equal(null);
    await meeting.self.enableScreenShare();
    await settle(el);
    expect(part(el, 'video')).to.equal(null);
    expect(deepText(part(el, 'self-notice')!)).to.contain('You are sharing your screen');
    await expect(el).to.be.accessible();
    innerButton(el, 'stop-button').click();
    await until(() => !meeting.self.screenShareEnabled, 'share did not stop');
    await el.updateComplete;
    expect(part(el, 'container')).to.equal(null);
  });

  it('reports a failed stop and keeps the notice', async () => {
    const { el, meeting } = await mountWithMeeting<RtkScreenshareView>(
      html`<rtk-screenshare-view></rtk-screenshare-view>`,
      {
        join: true,
      },
    );
    await meeting.self.enableScreenShare();
    el.participant = meeting.self;
    await settle(el);
    (meeting.self as { disableScreenShare: () => Promise<void> }).disableScreenShare = () =>
      Promise.reject(new Error('The network is down'));
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    innerButton(el, 'stop-button').click();
    const event = await notified;
    expect(event.detail.variant).to.equal('error');
    expect(event.detail.message).to.equal('Stop sharing failed: The network is down');
    await settle(el);
    expect(part(el, 'self-notice')).to.exist;
  });

  it('renders nothing without a participant, or for a half-shaped one', async () => {
    const { el } = await mountWithMeeting<RtkScreenshareView>(
      html`<rtk-screenshare-view></rtk-screenshare-view>`,
    );
    expect(part(el, 'container')).to.equal(null);
    el.participant = { id: 'x', name: 'X', screenShareEnabled: true } as never;
    await el.updateComplete;
    expect(part(el, 'name')!.textContent).to.equal('X');
    expect(part<HTMLVideoElement>(el, 'video')!.srcObject).to.equal(null);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ people: 2, join: true });
    const person = meeting.director.people[0];
    meeting.director.setScreenShare(person.id, true);
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkScreenshareView>(
      html`<rtk-screenshare-view .meeting=${meeting} .participant=${person}></rtk-screenshare-view>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
