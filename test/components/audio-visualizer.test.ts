import { expect, html } from '@open-wc/testing';
import '../../src/components/audio-visualizer/rtk-audio-visualizer.js';
import type { RtkAudioVisualizer } from '../../src/components/audio-visualizer/rtk-audio-visualizer.js';
import { activeMeterCount } from '../../src/controllers/audio-level-controller.js';
import { mountWithMeeting, totalListeners } from '../helpers/fixtures.js';
import { untilSpeaking } from '../helpers/speaking.js';

const part = (el: RtkAudioVisualizer, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function mount(audio = true) {
  const { el, meeting } = await mountWithMeeting<RtkAudioVisualizer>(
    html`<rtk-audio-visualizer></rtk-audio-visualizer>`,
    {
      people: 0,
      join: true,
    },
  );
  const person = meeting.director.addPerson({ name: 'Dorothy Vaughan', audio });
  el.participant = person;
  await el.updateComplete;
  return { el, meeting, person };
}

describe('<rtk-audio-visualizer>', () => {
  it('moves with the voice without any Lit update', async () => {
    const { el, meeting, person } = await mount();
    expect(part(el, 'canvas')).to.exist;
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    expect(await untilSpeaking(meeting, person.id, el)).to.be.greaterThan(0);
    expect(updates).to.equal(0);
  });

  it('shows a named muted icon, or nothing with hide-muted', async () => {
    const { el, meeting, person } = await mount();
    meeting.director.setAudio(person.id, false);
    await el.updateComplete;
    expect(part(el, 'mic-off-icon')!.getAttribute('aria-label')).to.equal('Microphone off');
    await expect(el).to.be.accessible();
    el.hideMuted = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part]')).to.equal(null);
  });

  it('measures the screen-share sound with is-screen-share', async () => {
    const { el, meeting, person } = await mount(false);
    el.isScreenShare = true;
    await el.updateComplete;
    expect(part(el, 'mic-off-icon')).to.exist;
    const meters = activeMeterCount();
    meeting.director.setScreenShare(person.id, true, { audio: true });
    await el.updateComplete;
    expect(part(el, 'canvas')).to.exist;
    expect(activeMeterCount()).to.equal(meters + 1);
  });

  it('stops its meter and listener when removed', async () => {
    const { el, meeting } = await mount();
    const meters = activeMeterCount();
    const before = totalListeners(meeting);
    el.remove();
    expect(activeMeterCount()).to.equal(meters - 1);
    expect(totalListeners(meeting)).to.equal(before - 1);
  });
});
