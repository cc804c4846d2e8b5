import type { LeaveRoomState, StageStatus, ViewType } from '../meeting/media.js';
import type { DemoModule, DemoPresetName, ResolvedDemoOptions } from './context.js';
import { DemoClientError } from './errors.js';
import { DemoMedia } from './media.js';
import { DemoMeta } from './meta.js';
import { NameBook } from './names.js';
import { DemoParticipant } from './participant.js';
import { DemoParticipants } from './participants.js';
import { DemoPermissions, isHostPreset, permissionData, themePreset } from './presets.js';
import { randomInt, stream, uuid, type RandomSource } from './random.js';
import { DemoSelf } from './self.js';

/** Options of a new remote person; everything not given is drawn from the seed. */
export interface PersonOptions {
  name?: string;
  audio?: boolean;
  video?: boolean;
  presetName?: DemoPresetName | string;
  /** Knock at the waiting room instead of joining. */
  waitlisted?: boolean;
  /** Keep this user id and tile colour (someone moved in from a breakout room). */
  userId?: string;
  colour?: string;
}

const LEAVABLE = new Set(['joined', 'waitlisted']);

/**
 * The demo's "server": the room state behind the meeting object. It owns self, the participant
 * maps, meta and the synthetic media, and performs joins, leaves and scripted changes with the
 * events (and their order) the real SDK produces.
 */
export class DemoRoom {
  readonly random: RandomSource;
  readonly media: DemoMedia;
  readonly viewType: ViewType;
  readonly selfColour = '#4f46e5';
  readonly self: DemoSelf;
  readonly participants: DemoParticipants;
  readonly meta: DemoMeta;
  /** Remote people in the room (joined, not waiting), whether or not self has joined. */
  readonly roster = new Map<string, DemoParticipant>();
  /** Remote people in the waiting room. */
  readonly knocking = new Map<string, DemoParticipant>();
  /** Feature modules (set by `createDemoMeeting`). */
  modules: DemoModule[] = [];
  hasStageModule = false;
  /** Called after self joins / leaves (the director starts and stops lively mode here). */
  readonly joinHooks: (() => void)[] = [];
  readonly leaveHooks: (() => void)[] = [];
  private readonly idRandom: RandomSource;
  private readonly peopleRandom: RandomSource;
  private readonly names: NameBook;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private created = 0;
  private everJoined = false;
  /** The meeting started this long before self first joins (seeded). */
  private readonly startedMinutesAgo: number;
  private connection = 0;
  private destroyed = false;

  constructor(
    readonly options: ResolvedDemoOptions,
    /** Self's user id, kept when self moves into a connected meeting (breakout room). */
    selfUserId?: string,
  ) {
    this.random = stream(options.seed, 0);
    this.idRandom = stream(options.seed, 1);
    this.peopleRandom = stream(options.seed, 2);
    this.names = new NameBook(stream(options.seed, 3));
    this.media = new DemoMedia(stream(options.seed, 4));
    this.viewType = options.viewType;
    const permissions = new DemoPermissions(permissionData(options.preset));
    const selfId = uuid(this.idRandom);
    this.self = new DemoSelf(
      this,
      {
        id: selfId,
        userId: selfUserId ?? uuid(this.idRandom),
        name: options.name,
        presetName: options.preset,
      },
      permissions,
      themePreset(options.preset, this.viewType),
    );
    this.startedMinutesAgo = 3 + Math.floor(stream(options.seed, 5)() * 12);
    this.meta = new DemoMeta({
      meetingId: uuid(this.idRandom),
      sessionId: uuid(this.idRandom),
      title: options.title,
      viewType: this.viewType,
      startedAt: this.startTime(),
    });
    this.participants = new DemoParticipants(this);
  }

  now(): number {
    return Date.now();
  }

  /** Resolves after the configured latency (a microtask when it is 0). */
  latency(): Promise<void> {
    const ms = this.options.latency;
    return ms > 0 ? new Promise((resolve) => this.later(resolve, ms)) : Promise.resolve();
  }

  /** A timer that `destroy()` cancels. */
  later(fn: () => void, ms: number): void {
    if (this.destroyed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }

  // ---- Joining and leaving ----

  async join(): Promise<void> {
    if (this.destroyed) throw new DemoClientError('0002', 'This demo meeting was destroyed.');
    if (LEAVABLE.has(this.self.roomState)) return;
    // join() normally runs in a click handler: the user gesture lets the synthetic audio play.
    void this.media.resume();
    await this.latency();
    if (this.options.waitingRoom && this.self.waitlistStatus !== 'accepted') {
      this.self.roomState = 'waitlisted';
      this.self.waitlistStatus = 'waiting';
      this.self.emit('waitlisted');
      return;
    }
    this.completeJoin();
  }

  /** The media join, with the SDK's event order (meeting-api.md §21). */
  completeJoin(): void {
    const { self, meta, participants: ps } = this;
    meta.setSocketState({ state: 'connected', reconnected: false, reconnectionAttempt: 0 }, false);
    meta.setTransportState('send', 'connected');
    meta.setTransportState('recv', 'connected');
    if (!this.everJoined) meta.meetingStartedTimestamp = this.startTime();
    this.everJoined = true;
    meta.announceStartTime();
    ps.active.clear();
    ps.pinned.clear();
    ps.joined.clear();
    ps.waitlisted.clear(false);
    ps.videoSubscribed.clear(false);
    ps.audioSubscribed.clear(false);
    for (const p of this.roster.values()) ps.all.remember(p);
    for (const p of this.roster.values()) ps.joined.add(p);
    if (self.permissions.acceptWaitingRequests)
      for (const p of this.knocking.values()) ps.waitlisted.add(p);
    self.roomState = 'joined';
    if (self.waitlistStatus === 'waiting') self.waitlistStatus = 'accepted';
    ps.syncActive(true);
    self.emit('roomJoined', { reconnected: false });
    for (const m of this.modules) m.roomJoined?.();
    if (!this.hasStageModule) self.setStageStatus('ON_STAGE');
    for (const hook of this.joinHooks) hook();
  }

  async leave(state: LeaveRoomState = 'left'): Promise<void> {
    if (!LEAVABLE.has(this.self.roomState)) return;
    await this.latency();
    this.finishLeave(state);
  }

  /** Leaves for any reason: `unpinned` (if pinned), the stage going OFF_STAGE, then `roomLeft`. */
  finishLeave(state: LeaveRoomState): void {
    const self = this.self;
    if (!LEAVABLE.has(self.roomState)) return;
    const wasJoined = self.roomState === 'joined';
    this.connection++;
    for (const hook of this.leaveHooks) hook();
    self.setPinned(false);
    self.roomState = state;
    if (state === 'rejected') self.waitlistStatus = 'rejected';
    if (wasJoined) {
      for (const m of this.modules) m.roomLeft?.();
      if (!this.hasStageModule) self.setStageStatus('OFF_STAGE');
    }
    self.stopMedia();
    this.meta.setTransportState('send', 'closed', false);
    this.meta.setTransportState('recv', 'closed', false);
    self.emit('roomLeft', { state });
  }

  // ---- People ----

  /** Creates a remote person (not yet in any map). */
  newPerson(options: PersonOptions = {}): DemoParticipant {
    const index = this.created++;
    const drawn = this.names.next();
    const presetName = options.presetName ?? this.defaultPreset(index);
    const host = isHostPreset(presetName);
    const staged = this.viewType === 'WEBINAR' || this.viewType === 'LIVESTREAM';
    const onStage = !staged || host;
    const audio = this.peopleRandom() < 0.65;
    const video = this.peopleRandom() < 0.85;
    const id = uuid(this.idRandom);
    const userId = uuid(this.idRandom);
    const person = new DemoParticipant(this, {
      id,
      userId: options.userId ?? userId,
      name: options.name?.trim() || drawn.name,
      colour: options.colour ?? drawn.colour,
      presetName,
      isHost: host,
      audio: options.audio ?? (onStage && audio),
      video: options.video ?? (onStage && this.viewType !== 'AUDIO_ROOM' && video),
      stageStatus: onStage ? 'ON_STAGE' : 'OFF_STAGE',
      pitch: randomInt(this.peopleRandom, 95, 230),
    });
    person.order = index;
    return person;
  }

  /** Adds a person to the room (or its waiting room), with the SDK's events when self is in. */
  addPerson(options: PersonOptions = {}): DemoParticipant {
    const person = this.newPerson(options);
    const ps = this.participants;
    if (options.waitlisted) {
      this.knocking.set(person.id, person);
      if (this.self.roomJoined && this.self.permissions.acceptWaitingRequests)
        ps.waitlisted.add(person);
      return person;
    }
    this.roster.set(person.id, person);
    if (this.self.roomJoined) {
      ps.all.remember(person);
      ps.joined.add(person);
      ps.syncActive();
    }
    return person;
  }

  /** Removes a person: `kicked` first when kicked, then `participantLeft` on joined, active, pinned. */
  removePerson(id: string, kicked = false): void {
    const ps = this.participants;
    const waiting = this.findIn(this.knocking, id);
    if (waiting) {
      this.knocking.delete(waiting.id);
      ps.waitlisted.delete(waiting.id);
      waiting.dispose();
      return;
    }
    const person = this.findIn(this.roster, id);
    if (!person) return;
    this.roster.delete(person.id);
    if (kicked) person.emit('kicked');
    if (ps.joined.has(person.id)) {
      ps.joined.delete(person.id);
      ps.syncActive();
      if (ps.pinned.has(person.id)) ps.pinned.delete(person.id);
    }
    person.dispose();
  }

  /** Lets a waiting person in (by peer id or user id). */
  admit(id: string): void {
    const person = this.findIn(this.knocking, id);
    if (!person) return;
    const ps = this.participants;
    this.knocking.delete(person.id);
    ps.waitlisted.delete(person.id);
    this.roster.set(person.id, person);
    if (this.self.roomJoined) {
      ps.all.remember(person);
      ps.joined.add(person);
      ps.syncActive();
    }
  }

  /** Turns a waiting person away. */
  rejectKnock(id: string): void {
    const person = this.findIn(this.knocking, id);
    if (person) this.removePerson(person.id);
  }

  /** Pins `target` (self or a remote person) for self, unpinning whoever was pinned; `null` unpins. */
  pin(target: DemoParticipant | DemoSelf | null): void {
    const ps = this.participants;
    const current = this.self.isPinned ? this.self : ps.pinned.toArray()[0];
    if (current === target) return;
    if (current instanceof DemoSelf) current.setPinned(false);
    else if (current) {
      current.setPinned(false);
      ps.pinned.delete(current.id);
    }
    if (target instanceof DemoSelf) target.setPinned(true);
    else if (target) {
      target.setPinned(true);
      ps.pinned.add(target);
    }
    ps.syncActive();
  }

  /**
   * Sets a stage status. For a remote person: `stageStatusUpdate` on them (the maps re-emit it);
   * in webinars and livestreams their media follows and the grid is rebuilt. For self: only the
   * value (the stage module emits `meeting.stage` events); leaving the stage without the right to
   * produce turns self's media off.
   */
  setStageStatus(who: string, status: StageStatus): void {
    if (who === 'self' || who === this.self.id || who === this.self.userId) {
      this.self.setStageStatus(status);
      if (this.self.roomJoined) {
        if (!this.self.canProduce('audio')) void this.self.disableAudio();
        if (!this.self.canProduce('video')) void this.self.disableVideo();
        if (!this.self.canProduce('screenshare')) void this.self.disableScreenShare();
      }
      return;
    }
    const person = this.findIn(this.roster, who) ?? this.findIn(this.knocking, who);
    if (!person) return;
    const was = person.stageStatus;
    person.setStageStatus(status);
    const staged = this.viewType === 'WEBINAR' || this.viewType === 'LIVESTREAM';
    if (staged && (was === 'ON_STAGE') !== (status === 'ON_STAGE')) {
      const on = status === 'ON_STAGE';
      person.setAudio(on);
      person.setVideo(on);
      if (!on) person.setScreenShare(false);
    }
    if (this.self.roomJoined) this.participants.syncActive();
  }

  /** Someone talks for `ms`: their voice envelope and `activeSpeaker` events while it lasts. */
  speak(id: string, ms: number): void {
    const isSelf = id === this.self.id || id === 'self';
    const person = isSelf ? undefined : this.findIn(this.roster, id);
    // Self talking while muted: the muted microphone still hears it; nothing is sent.
    if (isSelf && !this.self.audioEnabled) return this.self.speak(ms);
    if (isSelf ? !this.self.audioEnabled : !person?.audioEnabled) return;
    const peerId = isSelf ? this.self.id : (person as DemoParticipant).id;
    if (isSelf) this.self.speak(ms);
    else (person as DemoParticipant).speak(ms);
    for (const m of this.modules) m.spoke?.(peerId, ms);
    const until = this.now() + ms;
    const tick = () => {
      const stillThere = isSelf
        ? this.self.audioEnabled
        : person?.audioEnabled && this.roster.has(peerId);
      if (!stillThere || !this.self.roomJoined) return;
      if (person) person.lastSpokeAt = this.now();
      this.participants.spoke(peerId, randomInt(this.random, 40, 95));
      if (this.now() + 400 < until) this.later(tick, 400);
    };
    tick();
  }

  // ---- Connection ----

  /** Drops the socket: `disconnected`, then `reconnecting`; gives up (roomLeft 'disconnected') unless reconnected. */
  disconnect(giveUpAfterMs = 15_000): void {
    if (!this.self.roomJoined) return;
    const attempt = ++this.connection;
    this.meta.setSocketState({ state: 'disconnected', reconnected: false, reconnectionAttempt: 0 });
    this.later(
      () => {
        if (this.connection !== attempt) return;
        this.meta.setSocketState({
          state: 'reconnecting',
          reconnected: false,
          reconnectionAttempt: 1,
        });
      },
      Math.min(500, giveUpAfterMs / 2),
    );
    this.later(() => {
      if (this.connection !== attempt) return;
      this.meta.setSocketState({ state: 'failed', reconnected: false, reconnectionAttempt: 1 });
      this.finishLeave('disconnected');
    }, giveUpAfterMs);
  }

  /** Restores the socket after `disconnect()`: `connected { reconnected: true }`, then `roomJoined { reconnected: true }`. */
  reconnect(): void {
    if (!this.self.roomJoined || this.meta.socketState.state === 'connected') return;
    this.connection++;
    this.meta.setSocketState({ state: 'connected', reconnected: true, reconnectionAttempt: 1 });
    this.self.emit('roomJoined', { reconnected: true });
  }

  /** Media transports fail (`mediaConnectionUpdate` failed), or recover with `ok = true`. */
  setMediaConnection(ok: boolean): void {
    this.meta.setTransportState('send', ok ? 'connected' : 'failed');
    this.meta.setTransportState('recv', ok ? 'connected' : 'failed');
  }

  /** Stops every track and timer and closes the audio context. */
  destroy(): void {
    this.destroyed = true;
    this.connection++;
    for (const hook of this.leaveHooks) hook();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const m of this.modules) m.destroy?.();
    this.self.stopMedia();
    for (const p of [...this.roster.values(), ...this.knocking.values()]) p.dispose();
    this.media.destroy();
  }

  /** A person by peer id or user id. */
  findIn(map: Map<string, DemoParticipant>, id: string): DemoParticipant | undefined {
    return map.get(id) ?? [...map.values()].find((p) => p.userId === id);
  }

  private startTime(): Date {
    return new Date(Math.floor(this.now() / 1000) * 1000 - this.startedMinutesAgo * 60_000);
  }

  private defaultPreset(index: number): DemoPresetName {
    switch (this.viewType) {
      case 'WEBINAR':
        return index === 0 ? 'webinar-host' : 'webinar-viewer';
      case 'LIVESTREAM':
        return index === 0 ? 'livestream-host' : 'livestream-viewer';
      case 'AUDIO_ROOM':
        return 'audio-room';
      default:
        return index === 0 && !isHostPreset(this.options.preset) ? 'host' : 'participant';
    }
  }
}
