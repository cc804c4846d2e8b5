import type { AnyEmitter } from './emitter.js';
import type { Meeting } from './meeting.js';
import type { RoomState } from './media.js';

/**
 * Helpers that read a meeting which may be missing or half-shaped (`{}`, a meeting without
 * `stage`, an object mid-initialisation). They never throw.
 */

/** True when `value` looks like an emitter the controller can subscribe to. */
export function isEmitter(value: unknown): value is AnyEmitter {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AnyEmitter).on === 'function' &&
    typeof (value as AnyEmitter).off === 'function'
  );
}

/** The meeting when it has at least a `self` object, otherwise `undefined`. */
export function usableMeeting(meeting: unknown): Meeting | undefined {
  if (typeof meeting !== 'object' || meeting === null) return undefined;
  const self = (meeting as { self?: unknown }).self;
  return typeof self === 'object' && self !== null ? (meeting as Meeting) : undefined;
}

/** The local user's room state, or `undefined` when the meeting cannot tell. */
export function roomStateOf(meeting: unknown): RoomState | undefined {
  return usableMeeting(meeting)?.self.roomState;
}

/** Items of a participant map, or an empty array when the map is missing or not a map. */
export function mapItems<T>(map: { toArray?: () => T[] } | undefined | null): T[] {
  return typeof map?.toArray === 'function' ? map.toArray() : [];
}

/** Whether the meeting has a stage (webinars and livestreams): only people on it are seen. */
export function isStaged(meeting: Meeting): boolean {
  const viewType = meeting.meta?.viewType ?? meeting.self?.config?.viewType;
  return viewType === 'WEBINAR' || viewType === 'LIVESTREAM';
}
