import type { Emitter, Listener } from './emitter.js';

/** A breakout room (or the parent meeting). */
export interface ConnectedMeeting {
  id?: string;
  title?: string;
  participants: {
    id?: string;
    customParticipantId?: string;
    presetId?: string;
    displayName?: string;
    displayPictureUrl?: string;
  }[];
}

/** Events of `meeting.connectedMeetings`. */
export type ConnectedMeetingsEvents = {
  stateUpdate: (payload: { meetings: ConnectedMeeting[]; parentMeeting: ConnectedMeeting }) => void;
  changingMeeting: (meetingId: string) => void;
  /** Carries a new meeting object: a UI must swap to it. */
  meetingChanged: Listener;
  '*': (event: string, ...args: unknown[]) => void;
};

/** What `moveParticipants` resolves with: a refused move resolves `{ success: false }`. */
export interface ConnectedMeetingsMoveResult {
  success: boolean;
  error?: unknown;
}

/**
 * Breakout rooms (`meeting.connectedMeetings`). The participants' `id` is their user id. Calls
 * without the permission (`self.permissions.connectedMeetings`) reject before anything is sent;
 * `moveParticipants` updates `meetings` itself without an event.
 */
export interface ConnectedMeetings extends Emitter<ConnectedMeetingsEvents> {
  readonly meetings: ConnectedMeeting[];
  readonly parentMeeting: ConnectedMeeting;
  /** Whether there are breakout rooms (`meetings` is not empty). */
  readonly isActive: boolean;
  getConnectedMeetings?(): Promise<{
    parentMeeting: ConnectedMeeting;
    meetings: ConnectedMeeting[];
  }>;
  createMeetings?(request: { title: string }[]): Promise<{ id: string; title: string }[]>;
  updateMeetings?(request: { id: string; title: string }[]): Promise<void>;
  /** Moves everyone in them to the parent meeting, then deletes them. */
  deleteMeetings?(ids: string[]): Promise<{ id: string }[]>;
  moveParticipants?(
    sourceMeetingId: string,
    destinationMeetingId: string,
    participantIds: string[],
  ): Promise<ConnectedMeetingsMoveResult>;
}
