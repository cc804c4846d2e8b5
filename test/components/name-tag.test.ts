import { expect, html } from '@open-wc/testing';
import '../../src/components/name-tag/rtk-name-tag.js';
import type { RtkNameTag } from '../../src/components/name-tag/rtk-name-tag.js';
import { deepText, mountWithMeeting, totalListeners } from '../helpers/fixtures.js';

const part = (el: RtkNameTag, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function mount(options: { presetName?: string } = {}) {
  const { el, meeting } = await mountWithMeeting<RtkNameTag>(html`<rtk-name-tag></rtk-name-tag>`, {
    people: 0,
    join: true,
  });
  const person = meeting.director.addPerson({ name: 'Katherine Johnson', audio: true, ...options });
  el.participant = person;
  await el.updateComplete;
  return { el, meeting, person };
}

describe('<rtk-name-tag>', () => {
  it('shows the name as text, and "(you)" for the local user', async () => {
    const { el, meeting } = await mount();
    expect(deepText(el)).to.equal('Katherine Johnson');
    el.participant = meeting.self;
    await el.updateComplete;
    expect(part(el, 'name')!.textContent).to.equal('You');
    await expect(el).to.be.accessible();
  });

  it('follows mute, pin and unpin of its own person only', async () => {
    const { el, meeting, person } = await mount();
    const other = meeting.director.addPerson({ name: 'Other', audio: true });
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    meeting.director.setAudio(other.id, false);
    await el.updateComplete;
    expect(updates).to.equal(0);
    meeting.director.setAudio(person.id, false);
    await el.updateComplete;
    expect(part(el, 'mic-icon')!.getAttribute('aria-label')).to.equal('Microphone off');
    expect(part(el, 'mic-icon')!.checkVisibility(), 'mic-off icon shown').to.equal(true);
    expect(
      updates,
      'a mic toggle re-renders nothing (the muted attribute shows the icon)',
    ).to.equal(0);
    meeting.director.pin(person.id);
    await el.updateComplete;
    expect(part(el, 'pinned-icon')!.getAttribute('aria-label')).to.equal('Pinned');
    meeting.director.unpin(person.id);
    await el.updateComplete;
    expect(part(el, 'pinned-icon')).to.equal(null);
  });

  it('shows no microphone icon on a screen share', async () => {
    const { el, meeting, person } = await mount();
    el.isScreenShare = true;
    meeting.director.setAudio(person.id, false);
    await el.updateComplete;
    expect(part(el, 'mic-icon')?.checkVisibility() ?? false, 'mic-off icon shown').to.equal(false);
  });

  it('shows slotted content before and after the name, inside the tag', async () => {
    const { el, meeting } = await mountWithMeeting<RtkNameTag>(
      html`<rtk-name-tag
        ><b slot="start">Dr.</b><i slot="end">she/her</i></rtk-name-tag
      >`,
      { people: 0, join: true },
    );
    el.participant = meeting.director.addPerson({ name: 'Ada Lovelace', audio: true });
    await el.updateComplete;
    const name = part(el, 'name')!.getBoundingClientRect();
    const start = el.querySelector('b')!.getBoundingClientRect();
    const end = el.querySelector('i')!.getBoundingClientRect();
    const tag = el.getBoundingClientRect();
    expect(start.width).to.be.above(0);
    expect(end.width).to.be.above(0);
    expect(start.right).to.be.at.most(name.left + 0.5);
    expect(end.left).to.be.at.least(name.right - 0.5);
    expect(start.left).to.be.at.least(tag.left);
    expect(end.right).to.be.at.most(tag.right + 0.5);
  });

  it('badges hosts', async () => {
    const { el } = await mount({ presetName: 'host' });
    expect(part(el, 'host-badge')!.getAttribute('aria-label')).to.equal('Host');
    await expect(el).to.be.accessible();
  });

  it('renders nothing without a participant and leaves no listener when removed', async () => {
    const { el, meeting } = await mount();
    const before = totalListeners(meeting);
    el.remove();
    expect(totalListeners(meeting)).to.be.lessThan(before);
    const bare = document.createElement('rtk-name-tag');
    document.body.append(bare);
    await bare.updateComplete;
    expect(deepText(bare)).to.equal('');
    bare.remove();
  });
});
