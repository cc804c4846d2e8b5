import type { MediaPermissionKind } from '../meeting/media.js';
import type { PresetUpdates } from '../meeting/permissions.js';
import { slotOf, type DeviceSlot } from './devices.js';
import { DemoClientError } from './errors.js';
import { DemoHands } from './hands.js';
import type { DemoParticipant } from './participant.js';
import { DemoNetwork } from './network.js';
import { pick, randomInt, stream } from './random.js';
import type { AiScript } from './modules/ai.js';
import type { ChatScript } from './modules/chat.js';
import type { ConnectedMeetingsScript } from './modules/connected-meetings.js';
import type { LivestreamScript } from './modules/livestream.js';
import type { PluginsScript } from './modules/plugins.js';
import type { PollsScript } from './modules/polls.js';
import type { QnaScript } from './modules/qna.js';
import type { RecordingScript } from './modules/recording.js';
import type { StageScript } from './modules/stage.js';
import type { DemoRoom, PersonOptions } from './room.js';
import type { MediaFailure } from './self.js';
import { startWebinar, type WebinarOptions, type WebinarRun } from './webinar.js';

/** Calls the demo "server" can refuse with `director.failNext`. */
export type EchoRefusal = 'chat' | 'chatEdit' | 'chatDelete' | 'chatPin' | 'poll' | 'pollVote';

/** An optional chat hook lively mode uses to make people type now and then. */
export interface LivelyChat {
  (person: DemoParticipant): void;
}

/**
 * Scripts the demo room: people come and go, talk, toggle media, knock; the local user is
 * admitted, kicked or disconnected; devices are plugged. Every effect goes through the same path as
 * the real SDK's server pushes, so components see exactly the events they would see live.
 *
 * Module scripts are attached as `director.chat`, `director.polls`, `director.stage`,
 * `director.recording`, `director.livestream` (LIVESTREAM only) and `director.plugins`.
 */
export class Director {
  /** Set by `createDemoMeeting`: makes a person send a chat message in lively mode. */
  livelyChat: LivelyChat | undefined;
  /** Chat: people send, edit, delete and pin messages; history. */
  declare readonly chat: ChatScript;
  /** Polls: people create polls and vote. */
  declare readonly polls: PollsScript;
  /** Stage: people request the stage; a host lets self on or off it. */
  declare readonly stage: StageScript;
  /** Recording: a remote host starts, pauses and stops recording. */
  declare readonly recording: RecordingScript;
  /** Livestream (LIVESTREAM meetings only): the stream goes live, viewers come and go. */
  declare readonly livestream?: LivestreamScript;
  /** Plugins: someone opens or closes a plugin for everyone, draws on the whiteboard (`draw`, `clearBoard`), asks for view-only (`viewMode`). */
  declare readonly plugins: PluginsScript;
  /** Q&A: people ask and upvote questions; their kits answer a late joiner's request for the list. */
  declare readonly qna: QnaScript;
  /**
   * Breakout rooms: a remote host opens rooms, moves people (self too) between them, broadcasts
   * to every room and closes them all. Every meeting of the family shares it.
   */
  declare readonly connectedMeetings: ConnectedMeetingsScript;
  /** Live transcript: what people say (partials, then the final line); history. */
  declare readonly ai: AiScript;
  private livelyRun = 0;
  private lively = false;

  /** Reactions and raised hands: people react, raise and lower their hands (`react`, `raise`, `lower`). */
  readonly hands: DemoHands;

  /** Each person's connection quality, and the `scoreStats` that come with it. */
  readonly network: DemoNetwork;

  constructor(private readonly room: DemoRoom) {
    this.hands = new DemoHands(room);
    this.network = new DemoNetwork(stream(room.options.seed, 21));
    room.joinHooks.push(() => {
      if (room.options.lively) this.startLively();
    });
    room.leaveHooks.push(() => this.stopLively());
  }

  /** Remote people in the room (not the waiting room). */
  get people(): DemoParticipant[] {
    return [...this.room.roster.values()];
  }

  /**
   * Active video consumers: `<video>` elements attached to a remote person's live camera track
   * (registered with `registerVideoElement` and not deregistered since). Tiles nobody can see
   * detach theirs, so this follows what is on screen.
   */
  activeVideoConsumers(): number {
    return this.people.reduce((n, p) => n + p.videoConsumers, 0);
  }

  /** A remote person by peer id or user id. */
  person(id: string): DemoParticipant | undefined {
    return this.room.findIn(this.room.roster, id) ?? this.room.findIn(this.room.knocking, id);
  }

  /** Someone joins (or knocks, with `waitlisted: true`). Name, colour and media come from the seed unless given. */
  addPerson(options: PersonOptions = {}): DemoParticipant {
    return this.room.addPerson(options);
  }

  /** `n` people join, one after another. */
  addPeople(n: number, options: Omit<PersonOptions, 'name'> = {}): DemoParticipant[] {
    return Array.from({ length: Math.max(0, n) }, () => this.room.addPerson(options));
  }

  /** Someone leaves (or stops knocking). */
  removePerson(id: string): void {
    this.room.removePerson(id);
  }

  /** A person turns their microphone on or off. */
  setAudio(id: string, on: boolean): void {
    this.person(id)?.setAudio(on);
  }

  /** A person turns their camera on or off. */
  setVideo(id: string, on: boolean): void {
    this.person(id)?.setVideo(on);
  }

  /** A person starts or stops sharing their screen (`audio: true`: with the shared tab's sound). */
  setScreenShare(id: string, on: boolean, options: { audio?: boolean } = {}): void {
    this.person(id)?.setScreenShare(on, options);
  }

  /**
   * A person (or `'self'`) talks for `ms`: voice envelope plus `activeSpeaker` events. Muted people
   * stay silent; self muted still talks into their muted microphone (nothing is sent).
   */
  speak(id: string, ms = 1500): void {
    this.room.speak(id, ms);
  }

  /**
   * A person's connection (or self's, with `'self'` or self's id) turns `good`, `weak` or `poor`
   * (scores 9, 5 and 2; a number sets the score itself, 0–10): `mediaScoreUpdate` with the SDK's
   * payload `{ kind, isScreenshare, score, participantId, scoreStats }`, for audio and video, or
   * only for `options.kind`; `options.isScreenshare` scores their screen share instead. The
   * `scoreStats` are realistic for the score (bitrate, packet loss, jitter; frame size and rate for
   * video), and the quality stays: lively mode's readings (`scoreRound()`) keep it. Self's score
   * below 4 also brings `meta.poorConnection { score }`, as the SDK warns.
   */
  setNetworkQuality(
    id: string,
    quality: 'good' | 'weak' | 'poor' | number,
    options: { kind?: 'audio' | 'video'; isScreenshare?: boolean } = {},
  ): void {
    const score =
      typeof quality === 'number'
        ? Math.max(0, Math.min(10, Math.round(quality)))
        : { good: 9, weak: 5, poor: 2 }[quality];
    const kinds: Array<'audio' | 'video'> = options.kind ? [options.kind] : ['audio', 'video'];
    const isScreenshare = options.isScreenshare === true;
    const self = this.room.self;
    if (id === 'self' || id === self.id) {
      this.network.set(self.id, score);
      for (const kind of kinds)
        self.emit(
          'mediaScoreUpdate',
          this.network.payload(self.id, kind, isScreenshare, score, true),
        );
      if (score < 4) this.room.meta.emit('poorConnection', { score });
      return;
    }
    const person = this.room.findIn(this.room.roster, id);
    if (!person) return;
    this.network.set(person.id, score);
    for (const kind of kinds)
      person.setMediaScore(
        kind,
        score,
        isScreenshare,
        this.network.payload(person.id, kind, isScreenshare, score, false).scoreStats,
      );
  }

  /**
   * One round of connection readings, as the SDK sends every few seconds: `mediaScoreUpdate` for
   * each stream that is on (self's and everyone's), at the quality `setNetworkQuality` set (good
   * by default). Lively mode runs it every 3 s.
   */
  scoreRound(): void {
    const room = this.room;
    const self = room.self;
    if (!self.roomJoined) return;
    type On = { audioEnabled: boolean; videoEnabled: boolean; screenShareEnabled: boolean };
    const streams = (p: On) => {
      const list: Array<['audio' | 'video', boolean]> = [];
      if (p.audioEnabled) list.push(['audio', false]);
      if (p.videoEnabled) list.push(['video', false]);
      if (p.screenShareEnabled) list.push(['video', true]);
      return list;
    };
    const own = this.network.score(self.id);
    for (const [kind, isScreenshare] of streams(self))
      self.emit('mediaScoreUpdate', this.network.payload(self.id, kind, isScreenshare, own, true));
    if (own < 4 && streams(self).length) room.meta.emit('poorConnection', { score: own });
    for (const person of this.people) {
      const score = this.network.score(person.id);
      for (const [kind, isScreenshare] of streams(person))
        person.setMediaScore(
          kind,
          score,
          isScreenshare,
          this.network.payload(person.id, kind, isScreenshare, score, false).scoreStats,
        );
    }
  }

  /** A host pins someone (a peer id, or self's id) for the local view; the SDK's pin events follow. */
  pin(id: string): void {
    const target =
      id === this.room.self.id || id === 'self'
        ? this.room.self
        : this.room.findIn(this.room.roster, id);
    if (target) this.room.pin(target);
  }

  /** Unpins whoever is pinned when it is `id`. */
  unpin(id: string): void {
    const pinned = this.room.self.isPinned
      ? this.room.self
      : this.room.participants.pinned.toArray()[0];
    if (pinned && (pinned.id === id || id === 'self')) this.room.pin(null);
  }

  /**
   * A remote host (`hostId`, a peer or user id) who syncs their view picks a stage tab (a screen
   * share's `{ type: 'screenshare', id: peerId }` or a plugin's `{ type: 'plugin', id }`): self's
   * meeting gets `meta.activeTabUpdate` as the server relays it. `rtk-mixed-grid` follows it.
   */
  syncTab(hostId: string, tab: { type: 'screenshare' | 'plugin'; id: string }): void {
    if (this.person(hostId)) this.room.meta.receiveTab(tab);
  }

  /** The next `participants.pip.enable()` fails, as when the browser refuses the window. */
  failNextPip(error?: Error): void {
    this.room.participants.pip.failNext(error);
  }

  /**
   * A large webinar (default 2,000 viewers off stage) with a stream of stage requests and
   * waiting-room knocks, until the returned run's `stop()`. See `startWebinar`.
   */
  webinar(options: WebinarOptions = {}): WebinarRun {
    return startWebinar(this, this.room, options);
  }

  /** Someone knocks at the waiting room. */
  knock(name?: string): DemoParticipant {
    return this.room.addPerson({ name, waitlisted: true });
  }

  /** A host admits self from the waiting room: self joins (`roomJoined`). */
  admitSelf(): void {
    const self = this.room.self;
    if (self.roomState !== 'waitlisted') return;
    self.waitlistStatus = 'accepted';
    this.room.completeJoin();
  }

  /** A host turns self away from the waiting room: `roomLeft { state: 'rejected' }`. */
  rejectSelf(): void {
    if (this.room.self.roomState === 'waitlisted') this.room.finishLeave('rejected');
  }

  /** A host removes self: `roomLeft { state: 'kicked' }`. */
  kickSelf(): void {
    this.room.finishLeave('kicked');
  }

  /** A host ends the meeting for everyone: `roomLeft { state: 'ended' }`. */
  endMeeting(): void {
    this.room.finishLeave('ended');
  }

  /**
   * The network drops: socket `disconnected`, then `reconnecting`; after `giveUpAfterMs`
   * (default 15 s) without `reconnect()`, `roomLeft { state: 'disconnected' }`.
   */
  disconnect(options: { giveUpAfterMs?: number } = {}): void {
    this.room.disconnect(options.giveUpAfterMs);
  }

  /** The network comes back: socket `connected { reconnected: true }`, self `roomJoined { reconnected: true }`. */
  reconnect(): void {
    this.room.reconnect();
  }

  /**
   * The server silently refuses the next `count` (default 1) calls of a kind, as the real one does:
   * `'chat'` (a send: text, image, file, custom), `'chatEdit'`, `'chatDelete'`, `'poll'` (create)
   * and `'pollVote'` resolve at once and their echo never comes; `'chatPin'` (pin or unpin)
   * rejects `0504` with no event. Same as `director.chat.failNext` / `director.polls.failNext`.
   */
  failNext(kind: EchoRefusal, count = 1): void {
    if (kind === 'poll') this.polls.failNext('create', count);
    else if (kind === 'pollVote') this.polls.failNext('vote', count);
    else
      this.chat.failNext(
        kind === 'chat'
          ? 'send'
          : kind === 'chatEdit'
            ? 'edit'
            : kind === 'chatDelete'
              ? 'delete'
              : 'pin',
        count,
      );
  }

  /** Media transports fail (`meta.mediaConnectionUpdate` with `failed`). */
  failMedia(): void {
    this.room.setMediaConnection(false);
  }

  /** Media transports recover (`connected`). */
  restoreMedia(): void {
    this.room.setMediaConnection(true);
  }

  /** Self's connection turns poor: `meta.poorConnection { score }`. */
  poorConnection(score = 3): void {
    this.room.meta.emit('poorConnection', { score });
  }

  /**
   * Makes the next `enable*` call of that kind fail like the browser would: `mediaPermissionError`
   * and `mediaPermissionUpdate` with the reason, then a rejection (1601/1602/1612, or 1606/1607
   * for `NO_DEVICES_AVAILABLE`).
   */
  failNextMedia(kind: MediaPermissionKind, reason: MediaFailure = 'DENIED'): void {
    this.room.self.failNext(kind, reason);
  }

  /**
   * The next call of `target[method]` (e.g. `failNextCall(meeting.participants, 'kickAll')`, or
   * `failNextCall(meeting, 'leave')`) goes wrong, then the method is as before:
   *
   * - `'reject'` (default): it rejects with `error` (default: a 1201 "Permission denied") and
   *   does nothing;
   * - `'drop'`: it resolves at once and nothing ever follows, as with the real client when the
   *   server refuses a call that already resolved (no event, no error).
   */
  failNextCall<T extends object>(
    target: T,
    method: keyof T & string,
    how: 'reject' | 'drop' = 'reject',
    error: Error = new DemoClientError('1201', 'The server refused the call.'),
  ): void {
    const own = Object.getOwnPropertyDescriptor(target, method);
    Object.defineProperty(target, method, {
      configurable: true,
      writable: true,
      value: () => {
        if (own) Object.defineProperty(target, method, own);
        else delete (target as Record<string, unknown>)[method];
        return how === 'drop' ? Promise.resolve() : Promise.reject(error);
      },
    });
  }

  /**
   * The browser (or the system) blocks a device that is on, as when the user clicks "Block" or
   * revokes access: that media turns off, then `mediaPermissionError` and `mediaPermissionUpdate`
   * with `reason`, so `self.mediaPermissions[kind]` reads it. Resolves once the events are out.
   */
  async denyMedia(kind: 'audio' | 'video', reason: MediaFailure = 'DENIED'): Promise<void> {
    const self = this.room.self;
    if (kind === 'audio') await self.disableAudio();
    else await self.disableVideo();
    self.failNext(kind, reason);
    await (kind === 'audio' ? self.enableAudio() : self.enableVideo()).catch(() => undefined);
  }

  /**
   * Every microphone and camera is unplugged (speakers stay): media turns off, and trying to turn
   * it on reports `NO_DEVICES_AVAILABLE` (`mediaPermissionError`, `mediaPermissionUpdate`).
   */
  async removeAllDevices(): Promise<void> {
    const self = this.room.self;
    for (const device of self.devices.all()) {
      if (device.kind !== 'audiooutput') this.unplugDevice(device.deviceId);
    }
    await self.disableAudio();
    await self.disableVideo();
    await self.enableAudio().catch(() => undefined);
    await self.enableVideo().catch(() => undefined);
  }

  /** A device is plugged in: `deviceListUpdate { added: [device], removed: [], devices }`. */
  plugDevice(kind: DeviceSlot | MediaDeviceKind, label?: string): MediaDeviceInfo {
    const self = this.room.self;
    const slot = slotOf(kind) ?? 'audio';
    const added = self.devices.plug(slot, label);
    self.emit('deviceListUpdate', { added: [added], removed: [], devices: self.devices.all() });
    return added;
  }

  /**
   * A device is unplugged: `deviceListUpdate`; when it was in use, the next device of the kind takes
   * over (`deviceUpdate`, and a new camera track), or that media turns off when none is left.
   */
  unplugDevice(deviceId: string): void {
    const self = this.room.self;
    const result = self.devices.unplug(deviceId);
    if (!result) return;
    self.emit('deviceListUpdate', {
      added: [],
      removed: [result.removed],
      devices: self.devices.all(),
    });
    if (!result.wasCurrent) return;
    const slot = slotOf(result.removed.kind);
    if (result.replacement) {
      if (slot === 'video' && self.videoEnabled) self.replaceCamera();
      self.emit('deviceUpdate', { device: result.replacement });
    } else if (slot === 'audio') void self.disableAudio();
    else if (slot === 'video') void self.disableVideo();
  }

  /**
   * Device labels turn empty (`hidden: true`), as before the user grants a media permission, or
   * come back; either way `deviceListUpdate { added: [], removed: [], devices }` follows.
   */
  hideDeviceLabels(hidden = true): void {
    const self = this.room.self;
    self.devices.labelsHidden = hidden;
    self.emit('deviceListUpdate', { added: [], removed: [], devices: self.devices.all() });
  }

  /** The server changes self's permissions: `permissionsUpdate(patch)` and the per-area events. */
  updatePermissions(patch: PresetUpdates): void {
    this.room.self.permissions.apply(patch);
  }

  /** People talk, toggle media and chat on their own (seeded), until `stopLively()` or leaving. */
  startLively(): void {
    if (this.lively) return;
    this.lively = true;
    const run = ++this.livelyRun;
    const scores = () =>
      this.room.later(() => {
        if (run !== this.livelyRun) return;
        this.scoreRound();
        scores();
      }, 3000);
    scores();
    const next = () =>
      this.room.later(
        () => {
          if (run !== this.livelyRun) return;
          this.livelyStep();
          next();
        },
        randomInt(this.room.random, 1200, 3200),
      );
    next();
  }

  stopLively(): void {
    this.lively = false;
    this.livelyRun++;
  }

  private livelyStep(): void {
    const room = this.room;
    if (!room.self.roomJoined) return;
    const people = this.people;
    if (people.length === 0) return;
    const r = room.random();
    const unmuted = people.filter((p) => p.audioEnabled);
    if (r < 0.7 && unmuted.length > 0) {
      room.speak(pick(room.random, unmuted).id, randomInt(room.random, 900, 3500));
    } else if (r < 0.8) {
      const p = pick(room.random, people);
      if (room.viewType !== 'AUDIO_ROOM' && p.stageStatus === 'ON_STAGE')
        p.setVideo(!p.videoEnabled);
    } else if (r < 0.88) {
      const p = pick(room.random, people);
      if (p.stageStatus === 'ON_STAGE') p.setAudio(!p.audioEnabled);
    } else if (r < 0.92) {
      this.hands.react(pick(room.random, people).id);
    } else if (r < 0.94) {
      const p = pick(room.random, people);
      if (this.hands.raised.has(p.id)) this.hands.lower(p.id);
      else this.hands.raise(p.id);
    } else if (this.livelyChat) {
      this.livelyChat(pick(room.random, people));
    }
  }
}
