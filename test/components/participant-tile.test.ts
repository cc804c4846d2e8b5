import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/participant-tile/rtk-participant-tile.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/rtk-participant-tile.js';
import { activeMeterCount, sampleAudioLevels } from '../../src/controllers/audio-level-controller.js';
import type { TileLoadEvent } from '../../src/events/tile-load.js';
import type { Peer } from '../../src/meeting/participant.js';
import { deepText, mountWithMeeting, totalListeners } from '../helpers/fixtures.js';

const part = (el: RtkParticipantTile, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const label = (el: RtkParticipantTile) => part(el, 'container')!.getAttribute('aria-label');

/** A hand-made person, for values the demo never produces. */
function fakePeer(overrides: Partial<Peer>): Peer {
  return {
    id: 'peer-1', userId: 'user-1', name: 'Ada Lovelace', picture: '', audioEnabled: true, videoEnabled: false,
    screenShareEnabled: false, isPinned: false,
    registerVideoElement: () => {}, deregisterVideoElement: () => {},
    pin: async () => {}, unpin: async () => {}, on: () => {}, off: () => {},
    ...overrides,
  } as Peer;
}

async function mountPerson(options: { audio?: boolean; video?: boolean; name?: string } = {}) {
  const { el, meeting } = await mountWithMeeting<RtkParticipantTile>(html`<rtk-participant-tile></rtk-participant-tile>`, {
    people: 0,
    join: true,
  });
  const person = meeting.director.addPerson({ name: 'Grace Hopper', audio: true, video: true, ...options });
  el.participant = person;
  await el.updateComplete;
  return { el, meeting, person };
}

describe('<rtk-participant-tile>', () => {
  it('shows a remote person with video: their name and a labelled group', async () => {
    const { el, person } = await mountPerson();
    const video = part(el, 'video') as HTMLVideoElement;
    expect(video.hidden).to.equal(false);
    expect(video.muted).to.equal(true);
    expect(video.srcObject).to.be.instanceOf(MediaStream);
    expect((video.srcObject as MediaStream).getVideoTracks()[0]).to.equal(person.videoTrack);
    expect(part(el, 'name')!.textContent).to.equal('Grace Hopper');
    expect(part(el, 'container')!.getAttribute('role')).to.equal('group');
    expect(label(el)).to.equal('Grace Hopper, Microphone on, Camera on');
    expect(part(el, 'mic-icon')).to.equal(null);
    expect(part(el, 'avatar')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows initials when the camera goes off, and video when it comes back', async () => {
    const { el, meeting, person } = await mountPerson();
    meeting.director.setVideo(person.id, false);
    await el.updateComplete;
    expect(part(el, 'video')!.hidden).to.equal(true);
    expect(part(el, 'avatar')!.textContent!.trim()).to.equal('GH');
    expect(label(el)).to.equal('Grace Hopper, Microphone on, Camera off');
    await expect(el).to.be.accessible();
    meeting.director.setVideo(person.id, true);
    await el.updateComplete;
    expect(part(el, 'avatar')).to.equal(null);
    expect(part(el, 'video')!.hidden).to.equal(false);
  });

  it('shows the muted icon when the person mutes', async () => {
    const { el, meeting, person } = await mountPerson();
    meeting.director.setAudio(person.id, false);
    await el.updateComplete;
    expect(part(el, 'mic-icon')).to.exist;
    expect(label(el)).to.equal('Grace Hopper, Microphone off, Camera on');
  });

  it('shows a pin icon while pinned', async () => {
    const { el, meeting, person } = await mountPerson();
    meeting.director.pin(person.id);
    await el.updateComplete;
    expect(part(el, 'pinned-icon')).to.exist;
    meeting.director.unpin(person.id);
    await el.updateComplete;
    expect(part(el, 'pinned-icon')).to.equal(null);
  });

  it('re-renders only for its own person', async () => {
    const { el, meeting } = await mountPerson();
    const other = meeting.director.addPerson({ name: 'Someone Else', audio: true });
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    meeting.director.setAudio(other.id, false);
    meeting.director.setVideo(other.id, false);
    await el.updateComplete;
    expect(updates).to.equal(0);
  });

  it('labels self "(you)" and mirrors the self view unless the preference is off', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipantTile>(html`<rtk-participant-tile></rtk-participant-tile>`);
    el.participant = meeting.self;
    await el.updateComplete;
    expect(part(el, 'name')!.textContent).to.equal('You (you)');
    expect(part(el, 'video')!.classList.contains('mirror')).to.equal(true);
    el.states = { prefs: { mirrorVideo: false } };
    await el.updateComplete;
    expect(part(el, 'video')!.classList.contains('mirror')).to.equal(false);
  });

  it('outlines the tile while the person speaks', async () => {
    const { el, meeting, person } = await mountPerson({ video: false });
    expect(activeMeterCount()).to.be.greaterThan(0);
    meeting.director.speak(person.id, 3000);
    // Sample directly: the animation-frame loop pauses while the test page is in the background.
    await waitUntil(() => (sampleAudioLevels(), el.hasAttribute('speaking')), 'never marked as speaking', { timeout: 3000 });
    expect(Number(el.style.getPropertyValue('--rtk-audio-level'))).to.be.greaterThan(0);
  });

  it('renders names as text and accepts only http(s) pictures', async () => {
    const { el } = await mountWithMeeting<RtkParticipantTile>(html`<rtk-participant-tile></rtk-participant-tile>`);
    el.participant = fakePeer({ name: '<img src=x onerror=alert(1)>', picture: 'javascript:alert(1)' });
    await el.updateComplete;
    expect(part(el, 'name')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    const picture = `${location.origin}/ada.png`;
    el.participant = fakePeer({ picture });
    await el.updateComplete;
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(picture);
    expect(img.alt).to.equal('');
  });

  it('falls back to initials when the picture cannot load', async () => {
    const { el } = await mountWithMeeting<RtkParticipantTile>(html`<rtk-participant-tile></rtk-participant-tile>`);
    el.participant = fakePeer({ picture: `${location.origin}/does-not-exist.png` });
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('img') === null, 'picture never fell back');
    expect(part(el, 'avatar')!.textContent!.trim()).to.equal('AL');
  });

  it('fires tileLoad with the video element, and renders nothing without a participant', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipantTile>(html`<rtk-participant-tile></rtk-participant-tile>`);
    expect(deepText(el)).to.equal('');
    const loaded = oneEvent(el, 'tileLoad') as Promise<TileLoadEvent>;
    el.participant = meeting.self;
    const event = await loaded;
    expect(event.detail.participant).to.equal(meeting.self);
    expect(event.detail.videoElement).to.equal(part(el, 'video'));
  });

  it('deregisters its video and leaves no listener or meter when removed', async () => {
    const { el, meeting, person } = await mountPerson();
    const video = part(el, 'video') as HTMLVideoElement;
    const unloaded = oneEvent(el, 'tileUnload');
    const meters = activeMeterCount();
    el.participant = undefined;
    await el.updateComplete;
    const before = totalListeners(meeting);
    el.participant = person;
    await el.updateComplete;
    await unloaded;
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(video.srcObject).to.equal(null);
    expect(totalListeners(meeting)).to.equal(before);
    expect(activeMeterCount()).to.equal(meters - 1);
  });
});
