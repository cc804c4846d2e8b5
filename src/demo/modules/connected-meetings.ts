import type {
  ConnectedMeeting,
  ConnectedMeetings,
  ConnectedMeetingsEvents,
  ConnectedMeetingsMoveResult,
} from '../../meeting/connected-meetings.js';
import type { BroadcastValue } from '../../meeting/participants.js';
import type { DemoContext, DemoMeetingOptions, DemoModule } from '../context.js';
import { DemoEmitter } from '../emitter.js';
import { DemoClientError } from '../errors.js';
import type { DemoRoom } from '../room.js';

/** What the connected-meetings module needs of a demo meeting (a `DemoMeeting`, structurally). */
export interface LinkedMeeting {
  readonly self: { audioEnabled: boolean; videoEnabled: boolean; roomState: string };
  readonly connectedMeetings: DemoConnectedMeetings;
  join(): Promise<void>;
  leave(state?: 'connected-meeting'): Promise<void>;
  destroy(): void;
}

/** Makes another demo meeting of the same family: a breakout room with self's user id. */
export type MeetingFactory = (
  options: DemoMeetingOptions,
  link: { campus: DemoCampus; selfUserId: string },
) => LinkedMeeting;

/** `director.connectedMeetings`: a remote host runs the breakout rooms. */
export interface ConnectedMeetingsScript {
  /** A remote host opens rooms with these titles: `stateUpdate`. Returns their meeting ids. */
  createRooms(titles: string[]): string[];
  /**
   * A remote host moves people (user ids or peer ids; `'self'` for the local user) into the room
   * `meetingId` (the parent's id, or `'main'`, brings them back). Self switches meetings as with
   * the SDK: `changingMeeting`, then a new meeting object in `meetingChanged`.
   */
  move(ids: string[], meetingId: string): void;
  /**
   * A remote host broadcasts to some rooms (default: every room and the main one):
   * `participants.broadcastedMessage` in the meeting self is in, if it is one of them.
   */
  broadcast(type: string, payload: { [key: string]: BroadcastValue }, meetingIds?: string[]): void;
  /** A remote host closes every room: everyone comes back to the main meeting. */
  closeAll(): void;
  /** The meeting object self is in now (the parent, or a room's). */
  readonly current: LinkedMeeting;
}

/** One room of the family (the parent meeting too). */
interface RoomEntry {
  id: string;
  title: string;
  meeting: LinkedMeeting;
  room: DemoRoom;
}

/**
 * The demo "server" behind a family of connected meetings: the parent meeting and its breakout
 * rooms, each a demo meeting of its own (people, chat, media). Only the meeting self is in emits
 * events for its people; the others keep their people quietly until self joins them.
 */
export class DemoCampus {
  parent!: RoomEntry;
  readonly rooms: RoomEntry[] = [];
  /** The id of the meeting self is in. */
  selfIn = '';
  /** Resolves when self's current switch is done. */
  switching: Promise<void> = Promise.resolve();
  private created = 0;

  constructor(
    readonly selfUserId: string,
    private readonly make: MeetingFactory,
    private readonly options: DemoMeetingOptions,
  ) {}

  entry(id: string): RoomEntry | undefined {
    if (id === 'main' || id === this.parent.id) return this.parent;
    return this.rooms.find((r) => r.id === id);
  }

  get current(): LinkedMeeting {
    return (this.entry(this.selfIn) ?? this.parent).meeting;
  }

  snapshot(entry: RoomEntry): ConnectedMeeting {
    const people = [...entry.room.roster.values()].map((p) => ({
      id: p.userId,
      customParticipantId: p.customParticipantId,
      presetId: p.presetName,
      displayName: p.name,
      displayPictureUrl: p.picture,
    }));
    if (this.selfIn === entry.id) {
      const self = entry.room.self;
      people.unshift({
        id: self.userId,
        customParticipantId: self.customParticipantId,
        presetId: self.presetName,
        displayName: self.name,
        displayPictureUrl: self.picture,
      });
    }
    return { id: entry.id, title: entry.title, participants: people };
  }

  /** The server's dump after a change, to every meeting of the family. */
  announce(): void {
    for (const e of [this.parent, ...this.rooms]) {
      const cm = e.meeting.connectedMeetings;
      cm.emit('stateUpdate', { meetings: cm.meetings, parentMeeting: cm.parentMeeting });
    }
  }

  createRoom(title: string): RoomEntry {
    const index = ++this.created;
    const meeting = this.make(
      {
        ...this.options,
        people: 0,
        chatHistory: 0,
        waitingRoom: false,
        title,
        seed: (this.options.seed ?? 1) * 101 + index,
      },
      { campus: this, selfUserId: this.selfUserId },
    );
    const cm = meeting.connectedMeetings;
    const entry: RoomEntry = { id: cm.meetingId, title, meeting, room: cm.room };
    this.rooms.push(entry);
    return entry;
  }

  /** Moves people (user or peer ids, or `'self'`) from wherever they are into `to`. */
  move(ids: string[], to: RoomEntry): void {
    for (const id of ids) {
      if (id === 'self' || id === this.selfUserId) {
        if (this.selfIn !== to.id) this.switching = this.switchSelf(to);
        continue;
      }
      for (const from of [this.parent, ...this.rooms]) {
        if (from === to) continue;
        const person = from.room.findIn(from.room.roster, id);
        if (!person) continue;
        const { userId, name, colour, presetName, audioEnabled, videoEnabled } = person;
        from.room.removePerson(person.id);
        to.room.addPerson({
          userId,
          name,
          colour,
          presetName,
          audio: audioEnabled,
          video: videoEnabled,
        });
      }
    }
  }

  /** Self leaves one meeting and joins another, with the SDK's events and order. */
  private async switchSelf(to: RoomEntry): Promise<void> {
    await this.switching;
    const from = this.entry(this.selfIn) ?? this.parent;
    if (from === to) return;
    const old = from.meeting;
    old.connectedMeetings.emit('changingMeeting', to.id);
    const { audioEnabled, videoEnabled } = old.self;
    try {
      await old.leave('connected-meeting');
    } catch {
      // As the SDK: a failed leave does not stop the switch.
    }
    const next = to.meeting;
    const self = to.room.self;
    self.audioEnabled = audioEnabled && self.canProduce('audio');
    self.videoEnabled = videoEnabled && self.canProduce('video');
    this.selfIn = to.id;
    await next.join();
    old.connectedMeetings.emit('meetingChanged', next);
    this.announce();
  }

  /** Every room closes: its people (and self) go back to the parent, then the rooms go. */
  async close(ids: string[]): Promise<{ id: string }[]> {
    const closing = this.rooms.filter((r) => ids.includes(r.id));
    for (const room of closing)
      this.move(
        [...room.room.roster.values()].map((p) => p.userId),
        this.parent,
      );
    if (closing.some((r) => r.id === this.selfIn)) this.move(['self'], this.parent);
    await this.switching;
    for (const room of closing) this.rooms.splice(this.rooms.indexOf(room), 1);
    this.announce();
    for (const room of closing) room.meeting.destroy();
    return closing.map((r) => ({ id: r.id }));
  }

  broadcast(type: string, payload: { [key: string]: BroadcastValue }, meetingIds?: string[]) {
    const here = this.entry(this.selfIn) ?? this.parent;
    if (meetingIds && !meetingIds.includes(here.id)) return;
    here.room.participants.emit('broadcastedMessage', { type, payload, timestamp: Date.now() });
  }

  destroy(): void {
    for (const room of this.rooms.splice(0)) room.meeting.destroy();
  }
}

/**
 * `meeting.connectedMeetings`: breakout rooms, as in the SDK. Each room is a demo meeting of its
 * own; moving self into one emits `changingMeeting`, leaves this meeting (`roomLeft` with
 * `connected-meeting`), joins the room's meeting and emits `meetingChanged` with it. Without
 * `permissions.connectedMeetings.canAlterConnectedMeetings` every change rejects (1201) before
 * anything happens; a person without it may move only themselves, where allowed. A move the
 * server cannot make (an unknown room) resolves `{ success: false }` and changes nothing.
 */
export class DemoConnectedMeetings
  extends DemoEmitter<ConnectedMeetingsEvents>
  implements ConnectedMeetings, DemoModule<ConnectedMeetingsScript>
{
  readonly script: ConnectedMeetingsScript;
  campus!: DemoCampus;

  constructor(
    private readonly ctx: DemoContext,
    readonly room: DemoRoom,
  ) {
    super();
    const campus = () => this.campus;
    this.script = {
      createRooms: (titles) => {
        const ids = titles.map((t) => campus().createRoom(t).id);
        campus().announce();
        return ids;
      },
      move: (ids, meetingId) => {
        const to = campus().entry(meetingId);
        if (!to) return;
        campus().move(ids, to);
        campus().announce();
      },
      broadcast: (type, payload, meetingIds) => campus().broadcast(type, payload, meetingIds),
      closeAll: () => void campus().close(campus().rooms.map((r) => r.id)),
      get current() {
        return campus().current;
      },
    };
  }

  /** Links this module into a family: the parent's creates it, a room's joins it. */
  link(
    meeting: LinkedMeeting,
    make: MeetingFactory,
    options: DemoMeetingOptions,
    campus?: DemoCampus,
  ): void {
    if (campus) {
      this.campus = campus;
      return;
    }
    this.campus = new DemoCampus(this.room.self.userId, make, options);
    this.campus.parent = {
      id: this.meetingId,
      title: this.room.meta.meetingTitle,
      meeting,
      room: this.room,
    };
    this.campus.selfIn = this.meetingId;
  }

  get meetingId(): string {
    return this.room.meta.meetingId;
  }

  get meetings(): ConnectedMeeting[] {
    return this.campus.rooms.map((r) => this.campus.snapshot(r));
  }

  get parentMeeting(): ConnectedMeeting {
    return this.campus.snapshot(this.campus.parent);
  }

  get isActive(): boolean {
    return this.campus.rooms.length !== 0;
  }

  roomJoined(): void {
    // As the SDK: the dump is fetched once joined.
    this.ctx.later(
      () =>
        this.emit('stateUpdate', { meetings: this.meetings, parentMeeting: this.parentMeeting }),
      0,
    );
  }

  destroy(): void {
    if (this.campus?.parent.room === this.room) this.campus.destroy();
  }

  async getConnectedMeetings(): Promise<{
    parentMeeting: ConnectedMeeting;
    meetings: ConnectedMeeting[];
  }> {
    await this.ctx.latency();
    return { parentMeeting: this.parentMeeting, meetings: this.meetings };
  }

  async createMeetings(request: { title: string }[]): Promise<{ id: string; title: string }[]> {
    this.assertAlter();
    await this.ctx.latency();
    const made = request.map(({ title }) => this.campus.createRoom(String(title ?? '')));
    this.campus.announce();
    return made.map((r) => ({ id: r.id, title: r.title }));
  }

  async updateMeetings(request: { id: string; title: string }[]): Promise<void> {
    this.assertAlter();
    await this.ctx.latency();
    for (const { id, title } of request) {
      const entry = this.campus.rooms.find((r) => r.id === id);
      if (!entry) continue;
      entry.title = String(title ?? '');
      entry.room.meta.meetingTitle = entry.title;
    }
    this.campus.announce();
  }

  async deleteMeetings(ids: string[]): Promise<{ id: string }[]> {
    this.assertAlter();
    await this.ctx.latency();
    return this.campus.close(ids);
  }

  async moveParticipants(
    sourceMeetingId: string,
    destinationMeetingId: string,
    participantIds: string[],
  ): Promise<ConnectedMeetingsMoveResult> {
    this.assertMove(destinationMeetingId, participantIds);
    await this.ctx.latency();
    const from = this.campus.entry(sourceMeetingId);
    const to = this.campus.entry(destinationMeetingId);
    if (!from || !to) return { success: false, error: 'failed to move participants' };
    this.campus.move(participantIds, to);
    this.campus.announce();
    return { success: true };
  }

  private assertAlter(): void {
    if (!this.room.self.permissions.connectedMeetings?.canAlterConnectedMeetings)
      throw new DemoClientError(
        '1201',
        'You are not allowed to perform this action (canAlterConnectedMeetings).',
      );
  }

  private assertMove(to: string, ids: string[]): void {
    if (!ids?.length)
      throw new DemoClientError('1201', 'You are trying to move participants with an empty list.');
    const may = this.room.self.permissions.connectedMeetings;
    if (may?.canAlterConnectedMeetings) return;
    const self = this.room.self;
    if (ids.length !== 1 || (ids[0] !== self.userId && ids[0] !== 'self'))
      throw new DemoClientError('1201', 'You are not allowed to move other participants.');
    const toParent = to === 'main' || to === this.campus.parent.id;
    if (toParent ? !may?.canSwitchToParentMeeting : !may?.canSwitchConnectedMeetings)
      throw new DemoClientError('1201', 'You are not allowed to switch to this meeting.');
  }
}
