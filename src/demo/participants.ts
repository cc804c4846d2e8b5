import type { ParticipantMapEvents } from '../meeting/participant.js';
import type {
  BasicParticipant,
  BroadcastValue,
  BroadcastedMessage,
  BroadcastTarget,
  Participants,
  ParticipantsEvents,
  PreJoinPeer,
  ViewMode,
} from '../meeting/participants.js';
import type { PresetUpdates } from '../meeting/permissions.js';
import { DemoEmitter } from './emitter.js';
import { DemoClientError } from './errors.js';
import type { DemoParticipant } from './participant.js';
import { DemoParticipantMap } from './participant-map.js';
import { DemoPip } from './pip.js';
import type { DemoRoom } from './room.js';

/** A participant map of demo participants. */
export type DemoMap = DemoParticipantMap<DemoParticipant, ParticipantMapEvents<DemoParticipant>>;

const VIEW_MODES: readonly ViewMode[] = ['ACTIVE_GRID', 'PAGINATED', 'MANUAL'];

/** `participants.all`: everyone ever seen in the meeting, keyed by user id. */
export class DemoBasicParticipantsMap extends DemoEmitter<{ participantsUpdate: () => void }> {
  private readonly byUserId = new Map<string, BasicParticipant>();

  get size(): number {
    return this.byUserId.size;
  }

  get(userId: string): BasicParticipant | undefined {
    return this.byUserId.get(userId);
  }

  toArray(): BasicParticipant[] {
    return [...this.byUserId.values()];
  }

  /** Records a person; emits `participantsUpdate` when they are new. */
  remember(person: {
    userId: string;
    name: string;
    picture: string;
    customParticipantId?: string;
  }): void {
    if (this.byUserId.has(person.userId)) return;
    const { userId, name, picture, customParticipantId = '' } = person;
    this.byUserId.set(userId, { userId, name, picture, customParticipantId });
    this.emit('participantsUpdate');
  }
}

/** `meeting.participants`: the maps of remote people and the grid's view mode and pages. */
export class DemoParticipants extends DemoEmitter<ParticipantsEvents> implements Participants {
  readonly joined: DemoMap = new DemoParticipantMap();
  readonly active: DemoMap = new DemoParticipantMap();
  readonly waitlisted: DemoMap = new DemoParticipantMap();
  readonly pinned: DemoMap = new DemoParticipantMap();
  readonly videoSubscribed: DemoMap = new DemoParticipantMap();
  readonly audioSubscribed: DemoMap = new DemoParticipantMap();
  readonly all = new DemoBasicParticipantsMap();
  readonly pip = new DemoPip();
  readonly rateLimitConfig = { maxInvocations: 5, period: 1 };
  viewMode: ViewMode = 'ACTIVE_GRID';
  currentPage = 0;
  lastActiveSpeaker = '';
  private maxActive: number;

  constructor(private readonly room: DemoRoom) {
    super();
    this.maxActive = room.self.config.maxVideoStreams.desktop;
  }

  get count(): number {
    return this.joined.size;
  }

  get maxActiveParticipantsCount(): number {
    return this.maxActive;
  }

  get pageCount(): number {
    if (this.viewMode !== 'PAGINATED') return 0;
    return Math.ceil(this.onScreen().length / Math.max(this.maxActive, 1));
  }

  get rateLimits() {
    return { ...this.rateLimitConfig };
  }

  async setViewMode(mode: ViewMode): Promise<void> {
    if (!VIEW_MODES.includes(mode))
      throw new DemoClientError(
        '1207',
        `Invalid view mode: ${mode}. Try ACTIVE_GRID, PAGINATED or MANUAL.`,
      );
    await this.room.latency();
    if (this.viewMode === mode) return;
    this.viewMode = mode;
    this.currentPage = mode === 'PAGINATED' ? 1 : 0;
    this.syncActive(true);
    this.emit('viewModeChanged', this.pageInfo());
  }

  async setPage(page: number): Promise<void> {
    if (this.viewMode !== 'PAGINATED')
      throw new DemoClientError('1202', 'Pages exist only in the PAGINATED view mode.');
    if (!Number.isInteger(page) || page < 1 || page > Math.max(this.pageCount, 1)) {
      throw new DemoClientError(
        '1202',
        `Invalid page: ${page}. Page must be an integer and greater than 0 and less than or equal to .pageCount`,
      );
    }
    await this.room.latency();
    this.currentPage = page;
    this.syncActive(true);
    this.emit('pageChanged', this.pageInfo());
  }

  setMaxActiveParticipantsCount(limit: number): void {
    this.maxActive = Math.max(1, Math.floor(limit));
    this.syncActive();
  }

  getPeerIdsForCurrentPage(): string[] {
    return [...this.active.keys()];
  }

  /** Admits a waiting person (synchronous, as in the SDK). Accepts a peer id or a user id. */
  acceptWaitingRoomRequest(id: string): void {
    this.assertHost('Can`t accept waiting room request without joining room');
    this.room.admit(id);
  }

  async acceptAllWaitingRoomRequest(userIds: string[]): Promise<void> {
    this.assertHost('Can`t accept waiting room request without joining room');
    await this.room.latency();
    for (const id of userIds) this.room.admit(id);
  }

  async rejectWaitingRoomRequest(id: string): Promise<void> {
    this.assertHost('Can`t reject waiting room request without joining room');
    await this.room.latency();
    this.room.rejectKnock(id);
  }

  /** Host: mutes everyone. `allowUnmute` is recorded but the demo's people do not unmute themselves. */
  async disableAllAudio(_allowUnmute: boolean): Promise<void> {
    this.assertJoined('Can`t disable all audio without joining room');
    if (!this.room.self.permissions.canAllowParticipantAudio)
      throw new DemoClientError(
        '1201',
        'Unauthorized: User does not have permission to disable peer audio.',
      );
    await this.room.latency();
    for (const p of this.joined.toArray()) p.setAudio(false);
  }

  async disableAllVideo(): Promise<void> {
    this.assertJoined('Can`t disable all video without joining room');
    if (!this.room.self.permissions.canAllowParticipantVideo)
      throw new DemoClientError(
        '1201',
        'Unauthorized: User does not have permission to disable peer video.',
      );
    await this.room.latency();
    for (const p of this.joined.toArray()) p.setVideo(false);
  }

  /** Host: ends the meeting for everyone (each person is kicked, then self leaves with `ended`). */
  async kickAll(): Promise<void> {
    this.assertJoined('Can`t kick all without joining room');
    if (!this.room.self.permissions.kickParticipant)
      throw new DemoClientError(
        '1201',
        'Unauthorized: User does not have permission to kick peers.',
      );
    await this.room.latency();
    for (const p of this.joined.toArray()) this.room.removePerson(p.id, true);
    this.room.finishLeave('ended');
  }

  /**
   * As the SDK: at most `rateLimits.maxInvocations` calls per `rateLimits.period` seconds (a window
   * that starts with its first call), beyond which the call throws `0013` at once (synchronously:
   * the SDK's limit wraps the method). The payload travels as JSON (a `Date` arrives as its ISO
   * text). Without a target everyone hears it, self included (`broadcastedMessage`); with one, only
   * those it names. Remote people hear it through `relays` (the demo's scripted clients).
   */
  broadcastMessage(
    type: string,
    payload: { [key: string]: BroadcastValue },
    target?: BroadcastTarget,
  ): Promise<void> {
    const now = this.room.now();
    const { maxInvocations, period } = this.rateLimitConfig;
    if (now - this.windowStart > period * 1000) {
      this.windowStart = now;
      this.sentInWindow = 0;
    }
    if (this.sentInWindow >= maxInvocations)
      throw new DemoClientError(
        '0013',
        `Method rate limit ${maxInvocations} invocations/${period}sec exceeded`,
      );
    this.sentInWindow += 1;
    return this.sendBroadcast(type, payload, target);
  }

  /** Called with the peer id of whoever speaks (`activeSpeaker`), for the demo's scripted clients. */
  readonly spokeHooks: ((peerId: string) => void)[] = [];

  /** What each remote person's client does with a message self broadcast (demo scripts add theirs). */
  readonly relays: ((message: BroadcastedMessage, target: BroadcastTarget | undefined) => void)[] =
    [];

  /**
   * A remote person (`fromId`) broadcasts: self hears it (`broadcastedMessage`) after the latency
   * when no target is given or the target names self (peer id or preset).
   */
  deliver(
    fromId: string,
    type: string,
    payload: { [key: string]: BroadcastValue },
    target?: BroadcastTarget,
  ): void {
    const message: BroadcastedMessage = {
      type,
      payload: JSON.parse(JSON.stringify(payload)) as BroadcastedMessage['payload'],
      timestamp: this.room.now(),
    };
    this.room.later(
      () => {
        if (this.room.self.roomJoined && this.room.roster.has(fromId) && this.reachesSelf(target))
          this.emit('broadcastedMessage', message);
      },
      Math.max(this.room.options.latency, 1),
    );
  }

  private windowStart = 0;
  private sentInWindow = 0;

  private async sendBroadcast(
    type: string,
    payload: { [key: string]: BroadcastValue },
    target?: BroadcastTarget,
  ): Promise<void> {
    this.assertJoined('Can`t broadcast message without joining room');
    if (!type?.trim()) throw new DemoClientError('1209', '`type` must be a non-empty string.');
    const message: BroadcastedMessage = {
      type,
      payload: JSON.parse(JSON.stringify(payload ?? {})) as BroadcastedMessage['payload'],
      timestamp: this.room.now(),
    };
    // The real client resolves once the message is on the socket; the server relays it after.
    this.room.later(() => {
      if (!this.room.self.roomJoined) return;
      if (this.reachesSelf(target)) this.emit('broadcastedMessage', message);
      for (const relay of this.relays) relay(message, target);
    }, this.room.options.latency);
  }

  private reachesSelf(target: BroadcastTarget | undefined): boolean {
    const self = this.room.self;
    return (
      !target ||
      ('participantIds' in target && target.participantIds.includes(self.id)) ||
      ('presetNames' in target && target.presetNames.includes(self.presetName)) ||
      // Connected meetings (breakout rooms): the meeting self is in.
      ('meetingIds' in target && target.meetingIds.includes(this.room.meta.meetingId))
    );
  }

  /** Changes other people's permissions. Only a change aimed at self is visible (on `self.permissions`). */
  async updatePermissions(participantIds: string[], patch: PresetUpdates): Promise<void> {
    const self = this.room.self;
    const targetsSelf = participantIds.includes(self.id) || participantIds.includes(self.userId);
    if (!targetsSelf && !participantIds.some((id) => this.joined.has(id))) {
      throw new DemoClientError('1204', 'Cannot update permissions, no valid userIDs found');
    }
    await this.room.latency();
    if (targetsSelf) self.permissions.apply(patch);
  }

  /** Who is in the room, seen before joining. */
  async getParticipantsInMeetingPreJoin(): Promise<{ peers: PreJoinPeer[] }> {
    await this.room.latency();
    const peers = [...this.room.roster.values(), ...this.room.knocking.values()].map((p) => ({
      peerId: p.id,
      userId: p.userId,
      displayName: p.name,
      stageType: p.stageStatus,
      customParticipantId: p.customParticipantId,
      presetId: p.presetName,
      displayPictureUrl: p.picture,
      waitlisted: this.room.knocking.has(p.id),
      flags: {},
    }));
    return { peers };
  }

  // ---- Used by the demo core. ----

  /** The people the grid can show: everyone joined, or only those on stage in webinars/livestreams. */
  onScreen(): DemoParticipant[] {
    const staged = this.room.viewType === 'WEBINAR' || this.room.viewType === 'LIVESTREAM';
    const people = this.joined.toArray();
    return staged ? people.filter((p) => p.stageStatus === 'ON_STAGE') : people;
  }

  /**
   * Rebuilds `active` (and the subscribed maps): in ACTIVE_GRID the pinned and most recent speakers
   * up to the limit, in PAGINATED the current page. Emits `participantLeft` / `participantJoined`
   * for the difference, then `participantsUpdate` when anything changed (or when `force`).
   */
  syncActive(force = false): void {
    const eligible = this.onScreen();
    let chosen: DemoParticipant[];
    if (this.viewMode === 'MANUAL') {
      chosen = this.active.toArray().filter((p) => this.joined.has(p.id));
    } else if (this.viewMode === 'PAGINATED') {
      const pages = Math.max(this.pageCount, 1);
      if (this.currentPage > pages) this.currentPage = pages;
      const start = (this.currentPage - 1) * this.maxActive;
      chosen = eligible.slice(start, start + this.maxActive);
    } else if (eligible.length <= this.maxActive) {
      chosen = eligible;
    } else {
      const ranked = [...eligible].sort(
        (a, b) =>
          Number(b.isPinned) - Number(a.isPinned) ||
          b.lastSpokeAt - a.lastSpokeAt ||
          a.order - b.order,
      );
      const keep = new Set(ranked.slice(0, this.maxActive).map((p) => p.id));
      chosen = eligible.filter((p) => keep.has(p.id));
    }
    let changed = false;
    for (const map of [this.active, this.videoSubscribed, this.audioSubscribed]) {
      changed = reconcile(map, chosen) || changed;
    }
    if (changed || force) this.active.emit('participantsUpdate');
  }

  /** Notes that someone spoke: updates `lastActiveSpeaker` and brings them on screen if needed. */
  spoke(peerId: string, volume: number): void {
    this.lastActiveSpeaker = peerId;
    this.emit('activeSpeaker', { peerId, volume });
    for (const hook of this.spokeHooks) hook(peerId);
    const person = this.joined.get(peerId);
    if (person && !this.active.has(peerId) && this.viewMode === 'ACTIVE_GRID') this.syncActive();
  }

  private pageInfo() {
    return { viewMode: this.viewMode, currentPage: this.currentPage, pageCount: this.pageCount };
  }

  private assertJoined(detail: string): void {
    if (!this.room.self.roomJoined) throw new DemoClientError('1205', detail);
  }

  private assertHost(detail: string): void {
    this.assertJoined(detail);
    if (!this.room.self.permissions.acceptWaitingRequests) {
      throw new DemoClientError('1201', 'You do not have permission to manage the waiting room.');
    }
  }
}

/** Makes `map` hold exactly `chosen`; returns whether it changed. */
function reconcile(map: DemoMap, chosen: DemoParticipant[]): boolean {
  const wanted = new Set(chosen.map((p) => p.id));
  let changed = false;
  for (const id of [...map.keys()]) {
    if (!wanted.has(id)) changed = map.delete(id) || changed;
  }
  for (const p of chosen) {
    if (!map.has(p.id)) {
      map.add(p);
      changed = true;
    }
  }
  return changed;
}
