/**
 * Compile-time proof that `MeetingController` checks event names against the meeting contract's
 * event maps: every line under a `@ts-expect-error` must fail to compile, every other line must
 * compile. `npm test` type-checks this file (`tsc --noEmit`); nothing here runs.
 */
import { MeetingController } from '../../src/controllers/meeting-controller.js';
import { RtkElement } from '../../src/internal/rtk-element.js';
import type { Participant, Peer } from '../../src/meeting/index.js';

declare const peer: Peer | undefined;
declare const participant: Participant | undefined;
declare const flag: boolean;

export class Subscriptions extends RtkElement {
  // Accepted: events of each emitter's own map, on modules that may be missing.
  valid = new MeetingController(this, (m) => [
    [m.self, 'audioUpdate', 'roomJoined', 'toggleTile'],
    [m.self?.permissions, 'permissionsUpdate', 'chatUpdate'],
    [m.participants?.joined, 'participantJoined', 'audioUpdate', 'stageStatusUpdate'],
    [m.stage, 'stageStatusUpdate', 'stageAccessRequestUpdate'],
    [m.chat, 'chatUpdate'],
    [m.meta, 'socketConnectionUpdate'],
    [m.plugins?.active, 'pluginAdded', 'pluginDeleted', 'stateUpdate'],
    [peer, 'audioUpdate', 'pinned', 'mediaScoreUpdate'],
    [participant, 'stageStatusUpdate'],
    [peer, flag ? 'screenShareUpdate' : 'audioUpdate'],
  ]);

  // @ts-expect-error a typo
  selfTypo = new MeetingController(this, (m) => [[m.self, 'audioUpdat']]);

  // @ts-expect-error `stageStatusUpdate` comes from `meeting.stage`, not from `meeting.self`
  wrongEmitter = new MeetingController(this, (m) => [[m.self, 'stageStatusUpdate']]);

  // @ts-expect-error permissions emit `permissionsUpdate`
  permissionsTypo = new MeetingController(this, (m) => [[m.self?.permissions, 'permissionUpdate']]);

  // @ts-expect-error maps emit `participantJoined`
  mapTypo = new MeetingController(this, (m) => [[m.participants?.joined, 'participantJoin']]);

  // @ts-expect-error plugin maps emit `pluginAdded`
  pluginTypo = new MeetingController(this, (m) => [[m.plugins?.all, 'pluginAdd']]);

  laterTypo = new MeetingController(this, (m) => [
    [m.self, 'audioUpdate'],
    // @ts-expect-error a typo in the second of several subscriptions
    [m.stage, 'stageStatusUpdat'],
  ]);

  // @ts-expect-error `toggleTile` is the local user's only: a `Peer` may be a remote participant
  peerSelfOnly = new MeetingController(this, () => [[peer, 'toggleTile']]);

  // @ts-expect-error a typo on a person
  peerTypo = new MeetingController(this, () => [[participant, 'videoUpdated']]);

  // @ts-expect-error an arbitrary string is not an event name
  anyString = new MeetingController(this, (m) => [[m.self, String(flag)]]);
}
