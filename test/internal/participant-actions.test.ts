import { expect, html } from '@open-wc/testing';
import '../../src/components/participant/rtk-participant.js';
import '../../src/components/participant-tile/rtk-participant-tile.js';
import type { RtkParticipant } from '../../src/components/participant/rtk-participant.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/rtk-participant-tile.js';
import { participantActions } from '../../src/internal/participant-actions.js';
import type { Meeting } from '../../src/meeting/meeting.js';
import type { Peer } from '../../src/meeting/participant.js';
import {
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  type MountOptions,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const kinds = (meeting: Meeting | undefined, person: Peer | undefined) =>
  participantActions(meeting, person).map((a) => a.kind);

/** A joined demo meeting with one remote person, microphone and camera on. */
async function withPerson(preset: MountOptions['preset']) {
  const meeting = await demoMeeting({ people: 0, join: true, preset });
  const person = meeting.director.addPerson({ name: 'Grace Hopper', audio: true, video: true });
  return { meeting, person };
}

/** A hand-made meeting: only what `participantActions` reads, all allowed unless overridden. */
function fakeMeeting(
  permissions: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Meeting {
  const self = {
    id: 'me',
    roomJoined: true,
    hidden: false,
    hide: async () => {},
    permissions: {
      pinParticipant: true,
      canDisableParticipantAudio: true,
      canDisableParticipantVideo: true,
      kickParticipant: true,
      stageEnabled: true,
      acceptStageRequests: true,
      ...permissions,
    },
  };
  return { self, stage: { kick: async () => ({}) }, ...extra } as unknown as Meeting;
}

function fakePerson(overrides: Record<string, unknown> = {}): Peer {
  return {
    id: 'p1',
    userId: 'u1',
    name: 'Ada',
    audioEnabled: true,
    videoEnabled: true,
    isPinned: false,
    stageStatus: 'ON_STAGE',
    pin: async () => {},
    unpin: async () => {},
    disableAudio: async () => {},
    disableVideo: async () => {},
    kick: async () => {},
    ...overrides,
  } as unknown as Peer;
}

describe('participantActions', function () {
  this.timeout(30000);

  describe('who may act', () => {
    it('offers nothing without a meeting, without a person, or before the local user joined', async () => {
      expect(kinds(undefined, fakePerson())).to.deep.equal([]);
      expect(kinds(fakeMeeting(), undefined)).to.deep.equal([]);
      const meeting = await demoMeeting({ people: 0 });
      const person = meeting.director.addPerson({ name: 'Early Bird', audio: true, video: true });
      expect(kinds(meeting, person)).to.deep.equal([]);
      await meeting.join();
      expect(kinds(meeting, person)).to.deep.equal(['pin', 'mute', 'video', 'kick']);
    });

    it('offers a host pin, mute, video off and remove for a person with microphone and camera on', async () => {
      const { meeting, person } = await withPerson('host');
      expect(kinds(meeting, person)).to.deep.equal(['pin', 'mute', 'video', 'kick']);
    });

    it('offers a participant preset only pin, and nothing once pinning is taken away', async () => {
      const { meeting, person } = await withPerson('participant');
      expect(kinds(meeting, person)).to.deep.equal(['pin']);
      meeting.director.updatePermissions({ pinParticipant: false });
      expect(kinds(meeting, person)).to.deep.equal([]);
    });

    it('follows each permission on its own', async () => {
      const { meeting, person } = await withPerson('host');
      const without = (patch: Record<string, boolean>) => {
        meeting.director.updatePermissions({
          pinParticipant: true,
          canDisableParticipantAudio: true,
          canDisableParticipantVideo: true,
          kickParticipant: true,
          ...patch,
        });
        return kinds(meeting, person);
      };
      expect(without({ pinParticipant: false })).to.deep.equal(['mute', 'video', 'kick']);
      expect(without({ canDisableParticipantAudio: false })).to.deep.equal([
        'pin',
        'video',
        'kick',
      ]);
      expect(without({ canDisableParticipantVideo: false })).to.deep.equal(['pin', 'mute', 'kick']);
      expect(without({ kickParticipant: false })).to.deep.equal(['pin', 'mute', 'video']);
      // The SDK's own patch names reach the same permissions.
      meeting.director.updatePermissions({
        kickParticipant: true,
        disableParticipantAudio: false,
        disableParticipantVideo: false,
      });
      expect(kinds(meeting, person)).to.deep.equal(['pin', 'kick']);
    });
  });

  describe('the person’s state', () => {
    it('offers mute only while the microphone is on and video off only while the camera is on', async () => {
      const { meeting, person } = await withPerson('host');
      meeting.director.setAudio(person.id, false);
      expect(kinds(meeting, person)).to.deep.equal(['pin', 'video', 'kick']);
      meeting.director.setVideo(person.id, false);
      expect(kinds(meeting, person)).to.deep.equal(['pin', 'kick']);
      meeting.director.setAudio(person.id, true);
      expect(kinds(meeting, person)).to.deep.equal(['pin', 'mute', 'kick']);
    });

    it('offers unpin instead of pin while the person is pinned', async () => {
      const { meeting, person } = await withPerson('host');
      meeting.director.pin(person.id);
      expect(kinds(meeting, person)[0]).to.equal('unpin');
      expect(kinds(meeting, person)).to.not.include('pin');
      meeting.director.unpin(person.id);
      expect(kinds(meeting, person)[0]).to.equal('pin');
    });
  });

  describe('the local user', () => {
    it('may pin and hide their own tile, and no host action applies to them', async () => {
      const meeting = await demoMeeting({ people: 0, join: true, preset: 'host' });
      expect(kinds(meeting, meeting.self)).to.deep.equal(['pin', 'hide']);
    });

    it('is recognised by id too (a different object for the same peer)', async () => {
      const meeting = await demoMeeting({ people: 0, join: true, preset: 'host' });
      const copy = fakePerson({ id: meeting.self.id });
      expect(kinds(meeting, copy)).to.deep.equal(['pin', 'hide']);
    });

    it('offers unpin while pinned, and no hide while the tile is hidden', async () => {
      const meeting = await demoMeeting({ people: 0, join: true, preset: 'host' });
      await meeting.self.pin();
      expect(kinds(meeting, meeting.self)).to.deep.equal(['unpin', 'hide']);
      await meeting.self.hide();
      expect(kinds(meeting, meeting.self)).to.deep.equal(['unpin']);
      meeting.self.show();
      expect(kinds(meeting, meeting.self)).to.deep.equal(['unpin', 'hide']);
    });

    it('may still hide their tile without the pin permission', async () => {
      const meeting = await demoMeeting({ people: 0, join: true, preset: 'participant' });
      meeting.director.updatePermissions({ pinParticipant: false });
      expect(kinds(meeting, meeting.self)).to.deep.equal(['hide']);
    });
  });

  describe('the stage', () => {
    it('lets a webinar host take a person off the stage, only while they are on it', async () => {
      const meeting = await demoMeeting({ people: 0, join: true, preset: 'webinar-host' });
      const speaker = meeting.director.addPerson({
        name: 'Sam Speaker',
        presetName: 'webinar-host',
        audio: true,
      });
      const viewer = meeting.director.addPerson({
        name: 'Val Viewer',
        presetName: 'webinar-viewer',
      });
      expect(speaker.stageStatus).to.equal('ON_STAGE');
      expect(kinds(meeting, speaker)).to.include('stage');
      expect(kinds(meeting, viewer)).to.not.include('stage');
      expect(kinds(meeting, meeting.self)).to.not.include('stage');
      const stage = participantActions(meeting, speaker).find((a) => a.kind === 'stage')!;
      await stage.run();
      await until(() => speaker.stageStatus === 'OFF_STAGE', 'never taken off the stage');
      expect(kinds(meeting, speaker)).to.not.include('stage');
    });

    it('needs acceptStageRequests', async () => {
      const meeting = await demoMeeting({ people: 0, join: true, preset: 'webinar-host' });
      const speaker = meeting.director.addPerson({
        name: 'Sam Speaker',
        presetName: 'webinar-host',
      });
      meeting.director.updatePermissions({ canAcceptProductionRequests: false });
      expect(kinds(meeting, speaker)).to.not.include('stage');
    });

    it('is never offered in a group call, where everyone is on stage', async () => {
      const { meeting, person } = await withPerson('host');
      expect(meeting.self.permissions.stageEnabled).to.equal(false);
      expect(kinds(meeting, person)).to.not.include('stage');
    });

    it('is offered only with a stage that can remove people', () => {
      expect(kinds(fakeMeeting(), fakePerson())).to.deep.equal([
        'pin',
        'mute',
        'video',
        'stage',
        'kick',
      ]);
      expect(kinds(fakeMeeting({ stageEnabled: false }), fakePerson())).to.not.include('stage');
      expect(kinds(fakeMeeting({}, { stage: undefined }), fakePerson())).to.not.include('stage');
      expect(kinds(fakeMeeting({}, { stage: {} }), fakePerson())).to.not.include('stage');
      expect(
        kinds(fakeMeeting(), fakePerson({ stageStatus: 'REQUESTED_TO_JOIN_STAGE' })),
      ).to.not.include('stage');
    });
  });

  describe('a partial meeting', () => {
    it('offers only the calls the person object has', () => {
      const bare = fakePerson({
        pin: undefined,
        unpin: undefined,
        disableAudio: undefined,
        disableVideo: undefined,
        kick: undefined,
      });
      expect(kinds(fakeMeeting({}, { stage: undefined }), bare)).to.deep.equal([]);
      expect(kinds(fakeMeeting(), fakePerson({ kick: undefined }))).to.deep.equal([
        'pin',
        'mute',
        'video',
        'stage',
      ]);
      expect(kinds(fakeMeeting(), fakePerson({ isPinned: true, unpin: undefined }))).to.deep.equal([
        'mute',
        'video',
        'stage',
        'kick',
      ]);
    });

    it('treats missing permissions as not allowed', () => {
      const meeting = { self: { id: 'me', roomJoined: true } } as unknown as Meeting;
      expect(kinds(meeting, fakePerson())).to.deep.equal([]);
    });

    it('offers no hide to a local user object without hide()', () => {
      const meeting = fakeMeeting();
      (meeting.self as unknown as { hide?: unknown }).hide = undefined;
      expect(kinds(meeting, fakePerson({ id: 'me' }))).to.deep.equal(['pin']);
    });
  });

  describe('run', () => {
    it('calls the meeting: pin, mute, video off, remove', async () => {
      const { meeting, person } = await withPerson('host');
      const run = (kind: string) =>
        participantActions(meeting, person)
          .find((a) => a.kind === kind)!
          .run();
      await run('pin');
      await until(() => person.isPinned, 'never pinned');
      await run('unpin');
      await until(() => !person.isPinned, 'never unpinned');
      await run('mute');
      await until(() => !person.audioEnabled, 'never muted');
      await run('video');
      await until(() => !person.videoEnabled, 'camera never turned off');
      await run('kick');
      await until(() => !meeting.participants.joined.has(person.id), 'never removed');
    });

    it('hides the local user’s tile', async () => {
      const meeting = await demoMeeting({ people: 0, join: true });
      await participantActions(meeting, meeting.self)
        .find((a) => a.kind === 'hide')!
        .run();
      expect(meeting.self.hidden).to.equal(true);
    });

    it('passes a refusal on to the caller', async () => {
      const refused = new Error('Not allowed');
      const person = fakePerson({ kick: () => Promise.reject(refused) });
      const kick = participantActions(fakeMeeting(), person).find((a) => a.kind === 'kick')!;
      let caught: unknown;
      await kick.run().catch((error: unknown) => (caught = error));
      expect(caught).to.equal(refused);
    });
  });
});

// The tile menu and the participants row ask the same rule: for the same person they offer the
// same actions, in the same order, and follow the same changes.
describe('tile menu and participants row', function () {
  this.timeout(30000);

  // Floating UI may trigger Chromium's benign ResizeObserver loop report (see the tile's tests).
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

  const offered = (el: HTMLElement) =>
    queryAllDeep<HTMLElement>(el, 'rtk-menu-item').map((i) => i.dataset.action);

  /** A tile and a row side by side; the tile's menu is opened once so its entries are rendered. */
  async function mountBoth(preset: 'host' | 'participant' | 'webinar-host') {
    const { el, meeting } = await mountWithMeeting<HTMLDivElement>(
      html`<div><rtk-participant-tile></rtk-participant-tile><rtk-participant></rtk-participant></div>`,
      { people: 0, join: true, preset },
    );
    const tile = el.querySelector<RtkParticipantTile>('rtk-participant-tile')!;
    const row = el.querySelector<RtkParticipant>('rtk-participant')!;
    const show = async (person: Peer) => {
      tile.participant = person;
      row.participant = person;
      await settle(tile, row);
    };
    return { meeting, tile, row, show };
  }

  async function settle(...els: HTMLElement[]) {
    for (const el of els) {
      for (const child of [
        el,
        ...queryAllDeep<HTMLElement & { updateComplete?: Promise<unknown> }>(el, '*'),
      ]) {
        await (child as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      }
    }
  }

  async function openTileMenu(tile: RtkParticipantTile) {
    tile.shadowRoot!.querySelector<HTMLButtonElement>('[part~="menu-button"]')!.click();
    await until(() => offered(tile).length > 0, 'the tile menu never loaded');
  }

  /** Both offer `expected`, once each has caught up. */
  async function expectSame(tile: RtkParticipantTile, row: RtkParticipant, expected: string[]) {
    await until(
      async () => (
        await settle(tile, row),
        JSON.stringify(offered(tile)) === JSON.stringify(expected) &&
          JSON.stringify(offered(row)) === JSON.stringify(expected)
      ),
      () =>
        `tile offers ${JSON.stringify(offered(tile))}, row offers ${JSON.stringify(offered(row))}, expected ${JSON.stringify(expected)}`,
    );
  }

  it('offer the same to a host for a remote person, the local user, and as things change', async () => {
    const { meeting, tile, row, show } = await mountBoth('host');
    const person = meeting.director.addPerson({ name: 'Grace Hopper', audio: true, video: true });
    await show(person);
    await openTileMenu(tile);
    await expectSame(tile, row, ['pin', 'mute', 'video', 'kick']);
    meeting.director.setAudio(person.id, false);
    await expectSame(tile, row, ['pin', 'video', 'kick']);
    meeting.director.pin(person.id);
    await expectSame(tile, row, ['unpin', 'video', 'kick']);
    meeting.director.updatePermissions({ kickParticipant: false });
    await expectSame(tile, row, ['unpin', 'video']);
    await show(meeting.self);
    await expectSame(tile, row, ['pin', 'hide']);
  });

  it('offer the same to a participant preset', async () => {
    const { meeting, tile, row, show } = await mountBoth('participant');
    await show(meeting.director.addPerson({ name: 'Grace Hopper', audio: true, video: true }));
    await openTileMenu(tile);
    await expectSame(tile, row, ['pin']);
    await show(meeting.self);
    await expectSame(tile, row, ['pin', 'hide']);
  });

  it('offer the same to a webinar host, stage included', async () => {
    const { meeting, tile, row, show } = await mountBoth('webinar-host');
    const speaker = meeting.director.addPerson({
      name: 'Sam Speaker',
      presetName: 'webinar-host',
      audio: true,
      video: false,
    });
    await show(speaker);
    await openTileMenu(tile);
    await expectSame(tile, row, ['pin', 'mute', 'stage', 'kick']);
    await participantActions(meeting, speaker)
      .find((a) => a.kind === 'stage')!
      .run();
    // Off the stage, their microphone is off too.
    await expectSame(tile, row, ['pin', 'kick']);
  });
});
