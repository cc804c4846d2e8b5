import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import '../../src/components/participant-tile/rtk-participant-tile.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/rtk-participant-tile.js';
import {
  activeMeterCount,
  sampleAudioLevels,
} from '../../src/controllers/audio-level-controller.js';
import type { TileLoadEvent } from '../../src/events/tile-load.js';
import type { Peer } from '../../src/meeting/participant.js';
import * as tileStories from '../../stories/participant-tile.stories.js';
import { mountStory, type StoriesModule } from '../helpers/stories.js';
import {
  deepActiveElement,
  deepText,
  mountWithMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';
import { untilSpeaking } from '../helpers/speaking.js';

const part = (el: RtkParticipantTile, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** A part anywhere in the tile, inside its name tag or avatar too. */
const deepPart = (el: RtkParticipantTile, name: string) =>
  queryDeep(el, `[part~="${name}"]`) ?? null;
/** Waits until the tile and everything it renders are up to date. */
async function settle(el: RtkParticipantTile) {
  await el.updateComplete;
  for (const child of queryAllDeep<HTMLElement & { updateComplete?: Promise<unknown> }>(el, '*'))
    await child.updateComplete;
}
const label = (el: RtkParticipantTile) => part(el, 'container')!.getAttribute('aria-label');

/** A hand-made person, for values the demo never produces. */
function fakePeer(overrides: Partial<Peer>): Peer {
  return {
    id: 'peer-1',
    userId: 'user-1',
    name: 'Ada Lovelace',
    picture: '',
    audioEnabled: true,
    videoEnabled: false,
    screenShareEnabled: false,
    isPinned: false,
    registerVideoElement: () => {},
    deregisterVideoElement: () => {},
    pin: async () => {},
    unpin: async () => {},
    on: () => {},
    off: () => {},
    ...overrides,
  } as Peer;
}

async function mountPerson(options: { audio?: boolean; video?: boolean; name?: string } = {}) {
  const { el, meeting } = await mountWithMeeting<RtkParticipantTile>(
    html`<rtk-participant-tile></rtk-participant-tile>`,
    {
      people: 0,
      join: true,
    },
  );
  const person = meeting.director.addPerson({
    name: 'Grace Hopper',
    audio: true,
    video: true,
    ...options,
  });
  el.participant = person;
  await settle(el);
  return { el, meeting, person };
}

// The menu's Floating UI positioning (autoUpdate + size) can trigger Chromium's benign
// "ResizeObserver loop completed with undelivered notifications" report, which mocha would
// count as a failure. Only that message is ignored; see the report for the menu.
let mochaOnError: OnErrorEventHandler = null;
before(() => {
  mochaOnError = window.onerror;
  window.onerror = (message, ...rest) =>
    /ResizeObserver loop/.test(String(message))
      ? true
      : (mochaOnError?.call(window, message, ...rest) ?? false);
});
after(() => {
  window.onerror = mochaOnError;
});

describe('<rtk-participant-tile>', () => {
  it('shows a remote person with video: their name and a labelled group', async () => {
    const { el, person } = await mountPerson();
    const video = part(el, 'video') as HTMLVideoElement;
    expect(video.hidden).to.equal(false);
    expect(video.muted).to.equal(true);
    expect(video.srcObject).to.be.instanceOf(MediaStream);
    expect((video.srcObject as MediaStream).getVideoTracks()[0]).to.equal(person.videoTrack);
    expect(deepPart(el, 'name')!.textContent).to.equal('Grace Hopper');
    expect(part(el, 'container')!.getAttribute('role')).to.equal('group');
    expect(label(el)).to.equal('Grace Hopper, Microphone on, Camera on');
    expect(deepPart(el, 'mic-icon')?.checkVisibility() ?? false, 'mic-off icon shown').to.equal(
      false,
    );
    expect(part(el, 'avatar')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows initials when the camera goes off, and video when it comes back', async () => {
    const { el, meeting, person } = await mountPerson();
    meeting.director.setVideo(person.id, false);
    await settle(el);
    expect(part(el, 'video')!.hidden).to.equal(true);
    expect(deepText(part(el, 'avatar')!)).to.equal('GH');
    expect(label(el)).to.equal('Grace Hopper, Microphone on, Camera off');
    await expect(el).to.be.accessible();
    meeting.director.setVideo(person.id, true);
    await settle(el);
    expect(part(el, 'avatar')).to.equal(null);
    expect(part(el, 'video')!.hidden).to.equal(false);
  });

  it('shows slotted content over the video, under its menu, and keeps keyboard focus working', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipantTile>(
      html`<rtk-participant-tile style="width: 480px; height: 270px"
        ><button style="position:absolute;inset-block-end:8px;inset-inline-end:8px">Wave</button></rtk-participant-tile
      >`,
      { people: 0, join: true },
    );
    el.participant = meeting.director.addPerson({ name: 'Grace Hopper', video: false });
    await settle(el);
    const button = el.querySelector('button')!;
    expect(button.assignedSlot, 'in the default slot').to.exist;
    const video = part(el, 'container')!.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.above(0);
    expect(box.top).to.be.at.least(video.top);
    expect(box.bottom).to.be.at.most(video.bottom);
    // Above the video, under the menu: the layer comes after the video and before the menu.
    const layer = button.assignedSlot!;
    const order = [...part(el, 'container')!.children];
    expect(order.indexOf(layer)).to.be.above(order.indexOf(part(el, 'video')!));
    expect(order.indexOf(layer)).to.be.below(order.indexOf(part(el, 'menu')!));
    // Keyboard: the slotted button takes focus, and Tab moves on to the tile's menu button.
    button.focus();
    expect(document.activeElement).to.equal(button);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'menu-button'));
  });

  it('shows the muted icon when the person mutes', async () => {
    const { el, meeting, person } = await mountPerson();
    meeting.director.setAudio(person.id, false);
    await settle(el);
    expect(deepPart(el, 'mic-icon')?.checkVisibility(), 'mic-off icon shown').to.equal(true);
    expect(label(el)).to.equal('Grace Hopper, Microphone off, Camera on');
  });

  it('shows a pin icon while pinned', async () => {
    const { el, meeting, person } = await mountPerson();
    meeting.director.pin(person.id);
    await settle(el);
    expect(deepPart(el, 'pinned-icon')).to.exist;
    meeting.director.unpin(person.id);
    await settle(el);
    expect(deepPart(el, 'pinned-icon')).to.equal(null);
  });

  it('re-renders only for its own person', async () => {
    const { el, meeting } = await mountPerson();
    const other = meeting.director.addPerson({ name: 'Someone Else', audio: true });
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    meeting.director.setAudio(other.id, false);
    meeting.director.setVideo(other.id, false);
    await settle(el);
    expect(updates).to.equal(0);
  });

  it('labels self "(you)" and mirrors the self view unless the preference is off', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipantTile>(
      html`<rtk-participant-tile></rtk-participant-tile>`,
    );
    el.participant = meeting.self;
    await settle(el);
    expect(deepPart(el, 'name')!.textContent).to.equal('You');
    expect(part(el, 'video')!.classList.contains('mirror')).to.equal(true);
    el.states = { prefs: { mirrorVideo: false } };
    await settle(el);
    expect(part(el, 'video')!.classList.contains('mirror')).to.equal(false);
  });

  it('outlines the tile while the person speaks', async () => {
    const { el, meeting, person } = await mountPerson({ video: false });
    // The level meter loads with the first open microphone.
    await until(() => activeMeterCount() > 0, 'the level meter never started');
    expect(await untilSpeaking(meeting, person.id, el)).to.be.greaterThan(0);
  });

  it('renders names as text and accepts only http(s) pictures', async () => {
    const { el } = await mountWithMeeting<RtkParticipantTile>(
      html`<rtk-participant-tile></rtk-participant-tile>`,
    );
    el.participant = fakePeer({
      name: '<img src=x onerror=alert(1)>',
      picture: 'javascript:alert(1)',
    });
    await settle(el);
    expect(deepPart(el, 'name')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(queryDeep(el, 'img')).to.equal(undefined);
    const picture = `${location.origin}/ada.png`;
    el.participant = fakePeer({ picture });
    await settle(el);
    const img = queryDeep<HTMLImageElement>(el, 'img')!;
    expect(img.getAttribute('src')).to.equal(picture);
    expect(img.alt).to.equal('');
  });

  it('falls back to initials when the picture cannot load', async () => {
    const { el } = await mountWithMeeting<RtkParticipantTile>(
      html`<rtk-participant-tile></rtk-participant-tile>`,
    );
    el.participant = fakePeer({ picture: `${location.origin}/does-not-exist.png` });
    await settle(el);
    await until(() => queryDeep(el, 'img') === undefined, 'picture never fell back');
    expect(deepText(part(el, 'avatar')!)).to.equal('AL');
  });

  it('fires tileLoad with the video element, and renders nothing without a participant', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipantTile>(
      html`<rtk-participant-tile></rtk-participant-tile>`,
    );
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
    await until(() => activeMeterCount() > 0, 'the level meter never started');
    const meters = activeMeterCount();
    el.participant = undefined;
    await settle(el);
    const before = totalListeners(meeting);
    el.participant = person;
    await settle(el);
    await unloaded;
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(video.srcObject).to.equal(null);
    expect(totalListeners(meeting)).to.equal(before);
    expect(activeMeterCount()).to.equal(meters - 1);
  });

  it('re-renders only the toggled person’s tile among many (counted updates)', async () => {
    const { meeting } = await mountPerson();
    const people = meeting.director.addPeople(5, { audio: true, video: false });
    const tiles = await Promise.all(
      people.map(async (p) => {
        const tile = document.createElement('rtk-participant-tile');
        tile.meeting = meeting;
        tile.participant = p;
        document.body.append(tile);
        await settle(tile);
        return tile;
      }),
    );
    const counts = tiles.map(() => 0);
    tiles.forEach((tile, i) => tile.addController({ hostUpdated: () => counts[i]++ }));
    meeting.director.setAudio(people[2].id, false);
    await Promise.all(tiles.map((t) => settle(t)));
    expect(counts).to.deep.equal([0, 0, 1, 0, 0]);
    expect(deepPart(tiles[2]!, 'mic-icon')?.checkVisibility()).to.equal(true);
    tiles.forEach((t) => t.remove());
  });

  it('shows a connection warning from mediaScoreUpdate and hides it when the score recovers', async () => {
    const { el, person, meeting } = await mountPerson();
    const indicator = () =>
      deepPart(el, 'network-indicator')!.shadowRoot!.querySelector('[part="icon"]');
    expect(indicator()).to.equal(null);
    const score = (kind: 'audio' | 'video', value: number, isScreenshare = false) =>
      meeting.director.setNetworkQuality(person.id, value, { kind, isScreenshare });
    score('video', 5);
    await settle(el);
    expect(indicator()!.getAttribute('aria-label')).to.equal('Weak connection');
    score('audio', 2);
    await settle(el);
    expect(indicator()!.getAttribute('aria-label')).to.equal('Poor connection');
    score('video', 9, true); // a screen share score does not count for the camera tile
    score('audio', 9);
    score('video', 9);
    await settle(el);
    expect(indicator()).to.equal(null);
  });

  it('names a host with a badge, and nobody else', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipantTile>(
      html`<rtk-participant-tile></rtk-participant-tile>`,
      { people: 0, join: true },
    );
    el.participant = meeting.director.addPerson({ name: 'Hedy Lamarr', presetName: 'host' });
    await settle(el);
    expect(deepPart(el, 'host-badge')!.getAttribute('aria-label')).to.equal('Host');
    el.participant = meeting.director.addPerson({ name: 'Alan Turing', presetName: 'participant' });
    await settle(el);
    expect(deepPart(el, 'host-badge')).to.equal(null);
  });

  it('lets a host mute, turn off video and remove a person from the tile menu', async () => {
    const { el, meeting, person } = await mountPerson();
    const button = part(el, 'menu-button') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).to.equal('Options for Grace Hopper');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => queryAllDeep(el, 'rtk-menu-item').length > 0, 'menu never loaded');
    await settle(el);
    const items = () => queryAllDeep<HTMLElement>(el, 'rtk-menu-item');
    expect(items().map((i) => i.textContent!.trim())).to.deep.equal([
      'Pin',
      'Mute',
      'Turn off video',
      'Remove from meeting',
    ]);
    await until(
      () => deepActiveElement() === items()[0] || el.shadowRoot!.activeElement === items()[0],
      'focus not on the first item',
    );
    items()
      .find((i) => i.dataset.action === 'mute')!
      .click();
    await until(() => !person.audioEnabled, 'never muted');
    await settle(el);
    expect(deepPart(el, 'mic-icon')?.checkVisibility(), 'mic-off icon shown').to.equal(true);
    items()
      .find((i) => i.dataset.action === 'video')!
      .click();
    await until(() => !person.videoEnabled, 'video never turned off');
    items()
      .find((i) => i.dataset.action === 'kick')!
      .click();
    await until(() => !meeting.participants.joined.has(person.id), 'never removed');
  });

  it('pins and unpins from the menu', async () => {
    const { el, person } = await mountPerson();
    (part(el, 'menu-button') as HTMLButtonElement).click();
    const item = async (key: string) => {
      await until(() => queryDeep(el, `rtk-menu-item[data-action="${key}"]`), `no ${key} item`);
      return queryDeep<HTMLElement>(el, `rtk-menu-item[data-action="${key}"]`)!;
    };
    (await item('pin')).click();
    await until(() => person.isPinned, 'never pinned');
    await settle(el);
    expect(deepPart(el, 'pinned-icon')).to.exist;
    (await item('unpin')).click();
    await until(() => !person.isPinned, 'never unpinned');
    await settle(el);
    expect(deepPart(el, 'pinned-icon')).to.equal(null);
  });

  it('shows an error notification when the meeting refuses an action, and the state stays true', async () => {
    const { el, person } = await mountPerson();
    (person as unknown as { disableAudio: () => Promise<void> }).disableAudio = () =>
      Promise.reject(new Error('Not allowed right now'));
    (part(el, 'menu-button') as HTMLButtonElement).click();
    await until(() => queryDeep(el, 'rtk-menu-item[data-action="mute"]'), 'no mute item');
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    queryDeep<HTMLElement>(el, 'rtk-menu-item[data-action="mute"]')!.click();
    const event = await notified;
    expect(event.detail.variant).to.equal('error');
    expect(event.detail.message).to.equal('Mute failed: Not allowed right now');
    await settle(el);
    expect(person.audioEnabled).to.equal(true);
    expect(deepPart(el, 'mic-icon')?.checkVisibility() ?? false, 'mic-off icon shown').to.equal(
      false,
    );
  });

  it('offers a viewer no host actions, and no menu at all when nothing is allowed', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipantTile>(
      html`<rtk-participant-tile></rtk-participant-tile>`,
      {
        people: 0,
        join: true,
        preset: 'participant',
      },
    );
    el.participant = meeting.director.addPerson({ name: 'Grace Hopper', audio: true, video: true });
    await settle(el);
    (part(el, 'menu-button') as HTMLButtonElement).click();
    await until(() => queryAllDeep(el, 'rtk-menu-item').length > 0, 'menu never loaded');
    expect(queryAllDeep(el, 'rtk-menu-item').map((i) => i.dataset.action)).to.deep.equal(['pin']);
    meeting.director.updatePermissions({ pinParticipant: false });
    el.requestUpdate();
    await settle(el);
    expect(part(el, 'menu-button')).to.equal(null);
  });

  it('lets you hide your own tile', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipantTile>(
      html`<rtk-participant-tile></rtk-participant-tile>`,
      { join: true },
    );
    el.participant = meeting.self;
    await settle(el);
    (part(el, 'menu-button') as HTMLButtonElement).click();
    await until(() => queryDeep(el, 'rtk-menu-item[data-action="hide"]'), 'no hide item');
    queryDeep<HTMLElement>(el, 'rtk-menu-item[data-action="hide"]')!.click();
    await until(() => el.hasAttribute('self-hidden'), 'tile never hidden');
    expect(getComputedStyle(el).display).to.equal('none');
    meeting.self.show();
    await settle(el);
    expect(el.hasAttribute('self-hidden')).to.equal(false);
  });

  it('follows director.speak with the speaking outline and drops it when they stop', async () => {
    const { el, meeting, person } = await mountPerson({ video: false });
    await untilSpeaking(meeting, person.id, el, 400);
    await until(
      () => (sampleAudioLevels(), !el.hasAttribute('speaking')),
      'never stopped speaking',
    );
  });

  it('is operable and accessible with the menu open', async () => {
    const { el } = await mountPerson();
    (part(el, 'menu-button') as HTMLButtonElement).click();
    await until(() => queryAllDeep(el, 'rtk-menu-item').length > 0, 'menu never loaded');
    await settle(el);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(
      () => part(el, 'menu-button')!.getAttribute('aria-expanded') === 'false',
      'menu never closed',
    );
  });

  it('its HostMenu story shows the open menu with the host actions, and PoorNetwork the warning', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const module = tileStories as unknown as StoriesModule;
      await mountStory(module, 'participantTile', 'HostMenu', tileStories.HostMenu, container);
      const tile = container.querySelector<RtkParticipantTile>('rtk-participant-tile')!;
      expect(
        tile.shadowRoot!.querySelector<HTMLElement & { open?: boolean }>('rtk-menu')!.open,
      ).to.equal(true);
      expect(queryAllDeep(tile, 'rtk-menu-item').map((i) => i.dataset.action)).to.deep.equal([
        'pin',
        'mute',
        'video',
        'kick',
      ]);
      const second = document.createElement('div');
      container.after(second);
      await mountStory(module, 'participantTile', 'PoorNetwork', tileStories.PoorNetwork, second);
      await until(
        () => queryDeep(second, '[part="icon"][aria-label="Poor connection"]'),
        'no poor-connection icon',
      );
      second.remove();
    } finally {
      container.remove();
    }
  });
});
