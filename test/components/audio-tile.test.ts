import { expect, html } from '@open-wc/testing';
import '../../src/components/audio-tile/rtk-audio-tile.js';
import type { RtkAudioTile } from '../../src/components/audio-tile/rtk-audio-tile.js';
import { sampleAudioLevels } from '../../src/controllers/audio-level-controller.js';
import { deepText, demoMeeting, mountWithMeeting, totalListeners } from '../helpers/fixtures.js';
import { until, WAIT_BUDGET } from '../helpers/wait.js';

const part = (el: RtkAudioTile, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`);

describe('<rtk-audio-tile>', () => {
  it('shows avatar, name and microphone state, and follows audioUpdate', async () => {
    const meeting = await demoMeeting({ people: 0, join: true, preset: 'audio-room' });
    const person = meeting.director.addPerson({ name: 'Ada Lovelace', audio: true });
    const { el } = await mountWithMeeting<RtkAudioTile>(
      html`<rtk-audio-tile .meeting=${meeting} .participant=${person}></rtk-audio-tile>`,
    );
    expect(part(el, 'avatar')!.localName).to.equal('rtk-avatar');
    expect(part(el, 'name')!.textContent).to.equal('Ada Lovelace');
    expect(part(el, 'container')!.getAttribute('aria-label')).to.equal(
      'Ada Lovelace, Microphone on',
    );
    expect(part(el, 'mic-icon')).to.equal(null);
    meeting.director.setAudio(person.id, false);
    await el.updateComplete;
    expect(part(el, 'mic-icon')).to.exist;
    expect(part(el, 'container')!.getAttribute('aria-label')).to.equal(
      'Ada Lovelace, Microphone off',
    );
    await expect(el).to.be.accessible();
  });

  it('marks self as you', async () => {
    const meeting = await demoMeeting({ people: 0, join: true });
    const { el } = await mountWithMeeting<RtkAudioTile>(
      html`<rtk-audio-tile .meeting=${meeting} .participant=${meeting.self}></rtk-audio-tile>`,
    );
    expect(deepText(part(el, 'name-tag')!)).to.equal('You (you)');
  });

  it('draws the speaking ring from the audio level without re-rendering', async () => {
    const meeting = await demoMeeting({ people: 0, join: true });
    const person = meeting.director.addPerson({ name: 'Grace Hopper', audio: true });
    const { el } = await mountWithMeeting<RtkAudioTile>(
      html`<rtk-audio-tile .meeting=${meeting} .participant=${person}></rtk-audio-tile>`,
    );
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    // Speaking lasts as long as the wait may: on a busy machine WebAudio can start late.
    meeting.director.speak(person.id, WAIT_BUDGET);
    await until(
      () => (sampleAudioLevels(), el.hasAttribute('speaking')),
      'never marked as speaking',
    );
    expect(Number(el.style.getPropertyValue('--rtk-audio-level'))).to.be.greaterThan(0);
    expect(updates).to.equal(0);
  });

  it('renders nothing without a participant and leaves no listener', async () => {
    const meeting = await demoMeeting({ people: 1, join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkAudioTile>(
      html`<rtk-audio-tile .meeting=${meeting}></rtk-audio-tile>`,
    );
    expect(el.shadowRoot!.children.length).to.equal(0);
    el.participant = meeting.director.people[0];
    await el.updateComplete;
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
