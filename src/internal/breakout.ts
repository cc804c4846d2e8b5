// What the breakout-room tags share (the manager, a room, the people list, the broadcast dialog,
// the toggle, and rtk-meeting's notices): the broadcast types, who is who, the drafts and the
// timers. Loaded only with those tags, never with a joined meeting.
import type { ConnectedMeeting, ConnectedMeetings } from '../meeting/connected-meetings.js';
import type { Meeting } from '../meeting/meeting.js';

/** `participants.broadcastMessage` type of a host's message to every room: `{ message }`. */
export const BROADCAST_TYPE = 'rtk-breakout-message';

/** Broadcast type of the warning before rooms close on their timer: `{ seconds }`. */
export const CLOSING_TYPE = 'rtk-breakout-closing';

/** Someone who can be put in a room (by user id, as connected meetings name people). */
export interface RoomPerson {
  id: string;
  name: string;
  picture?: string;
}

/** A room of the breakout plan: a draft before the rooms start, or a live one. */
export interface RoomPlan {
  id: string;
  title: string;
  participantIds: string[];
}

/** The connected meetings of a meeting, when its module has them. */
export function connectedOf(meeting: Partial<Meeting> | undefined): ConnectedMeetings | undefined {
  const cm = meeting?.connectedMeetings;
  return cm && typeof cm === 'object' ? cm : undefined;
}

/** The id of the main (parent) meeting. */
export function parentIdOf(meeting: Partial<Meeting> | undefined): string | undefined {
  return connectedOf(meeting)?.parentMeeting?.id ?? meeting?.meta?.meetingId;
}

/** The live rooms, each with the user ids in it. */
export function liveRooms(meeting: Partial<Meeting> | undefined): RoomPlan[] {
  const rooms = connectedOf(meeting)?.meetings;
  if (!Array.isArray(rooms)) return [];
  return rooms
    .filter((r): r is ConnectedMeeting & { id: string } => typeof r?.id === 'string')
    .map((r) => ({
      id: r.id,
      title: r.title ?? '',
      participantIds: idsOf(r),
    }));
}

function idsOf(room: ConnectedMeeting | undefined): string[] {
  const list = Array.isArray(room?.participants) ? room.participants : [];
  return list.map((p) => p?.id).filter((id): id is string => typeof id === 'string');
}

/** Self's user id. */
export function selfIdOf(meeting: Partial<Meeting> | undefined): string | undefined {
  return meeting?.self?.userId;
}

/**
 * Everyone the UI can name, by user id: the connected meetings' lists, the people joined here and
 * self. Later sources fill in what earlier ones lack.
 */
export function peopleOf(meeting: Partial<Meeting> | undefined): Map<string, RoomPerson> {
  const people = new Map<string, RoomPerson>();
  const cm = connectedOf(meeting);
  for (const room of [cm?.parentMeeting, ...(Array.isArray(cm?.meetings) ? cm.meetings : [])]) {
    for (const p of Array.isArray(room?.participants) ? room.participants : []) {
      if (typeof p?.id === 'string')
        people.set(p.id, { id: p.id, name: p.displayName ?? '', picture: p.displayPictureUrl });
    }
  }
  const joined = meeting?.participants?.joined;
  const list = typeof joined?.toArray === 'function' ? joined.toArray() : [];
  for (const p of list) {
    if (p?.userId && !people.get(p.userId)?.name)
      people.set(p.userId, { id: p.userId, name: p.name ?? '', picture: p.picture });
  }
  const self = meeting?.self;
  if (self?.userId && !people.get(self.userId)?.name)
    people.set(self.userId, { id: self.userId, name: self.name ?? '', picture: self.picture });
  return people;
}

/** User ids of the people in the main room now, self left out (self visits rooms instead). */
export function mainRoomIds(meeting: Partial<Meeting> | undefined): string[] {
  const cm = connectedOf(meeting);
  const self = selfIdOf(meeting);
  const here = meeting?.meta?.meetingId;
  // In the main room the joined list is the freshest (it has events); elsewhere, the server's.
  const inMain = !cm?.parentMeeting?.id || cm.parentMeeting.id === here;
  const joined = meeting?.participants?.joined;
  const ids =
    inMain && typeof joined?.toArray === 'function'
      ? joined.toArray().map((p) => p.userId)
      : idsOf(cm?.parentMeeting);
  return ids.filter((id) => id && id !== self);
}

/**
 * Shares `ids` out over `rooms` evenly, in a random order: room sizes differ by one at most,
 * counting who is already in each (`start`).
 */
export function shuffleEvenly(
  ids: readonly string[],
  rooms: number,
  start: readonly number[] = [],
  random: () => number = Math.random,
): string[][] {
  const order = [...ids];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const result = Array.from({ length: rooms }, () => [] as string[]);
  const sizes = Array.from({ length: rooms }, (_, i) => start[i] ?? 0);
  for (const id of order) {
    let smallest = 0;
    for (let i = 1; i < rooms; i++) if (sizes[i] < sizes[smallest]) smallest = i;
    result[smallest].push(id);
    sizes[smallest] += 1;
  }
  return result;
}

/**
 * The breakout plan being drawn up, per main meeting id: kept when the manager closes and opens
 * again (or the host visits another room), dropped when the rooms start.
 */
export const drafts = new Map<string, RoomPlan[]>();

/** A running room timer, per main meeting id. */
export interface RoomTimer {
  endsAt: number;
  warned: boolean;
  handles: ReturnType<typeof setTimeout>[];
}

/** Timing of the room timers; tests shorten the minute. @internal */
export const timing = { minute: 60_000 };

/** Room timers by main meeting id. */
export const timers = new Map<string, RoomTimer>();

/** The meeting object in use for each main meeting id (it changes as the host visits rooms). */
const current = new Map<string, Partial<Meeting>>();

/** Remembers the meeting object the host is in now, for timers that fire later. */
export function track(meeting: Partial<Meeting> | undefined): void {
  const parent = connectedOf(meeting)?.parentMeeting?.id;
  if (parent && meeting) current.set(parent, meeting);
}

/** Stops the timer of a main meeting. */
export function stopTimer(parentId: string): void {
  const timer = timers.get(parentId);
  if (!timer) return;
  for (const handle of timer.handles) clearTimeout(handle);
  timers.delete(parentId);
}

/**
 * Closes every room after `minutes`, warning every room a minute before (or halfway, for a short
 * timer) with a `CLOSING_TYPE` broadcast. Runs in the host's page, on the meeting object the host
 * is in when it fires.
 */
export function startTimer(meeting: Partial<Meeting>, minutes: number): void {
  const parentId = parentIdOf(meeting);
  if (!parentId || !(minutes > 0)) return;
  stopTimer(parentId);
  track(meeting);
  const total = minutes * timing.minute;
  const warnBefore = Math.min(timing.minute, total / 2);
  const timer: RoomTimer = { endsAt: Date.now() + total, warned: false, handles: [] };
  const now = () => current.get(parentId) ?? meeting;
  const everyRoom = () => [parentId, ...liveRooms(now()).map((r) => r.id)];
  timer.handles.push(
    setTimeout(() => {
      timer.warned = true;
      // In the meeting's seconds (a test's short minute still says "1 minute").
      const seconds = Math.max(1, Math.round((warnBefore / timing.minute) * 60));
      void Promise.resolve(
        now().participants?.broadcastMessage?.(
          CLOSING_TYPE,
          { seconds },
          { meetingIds: everyRoom() },
        ),
      ).catch(() => undefined);
    }, total - warnBefore),
    setTimeout(() => {
      timers.delete(parentId);
      const cm = connectedOf(now());
      const ids = liveRooms(now()).map((r) => r.id);
      if (ids.length) void Promise.resolve(cm?.deleteMeetings?.(ids)).catch(() => undefined);
    }, total),
  );
  timers.set(parentId, timer);
}

/** `m:ss` for a number of milliseconds. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
