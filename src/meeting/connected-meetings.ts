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

/** Breakout rooms (`meeting.connectedMeetings`). */
export interface ConnectedMeetings extends Emitter<ConnectedMeetingsEvents> {
  readonly meetings: ConnectedMeeting[];
  readonly parentMeeting: ConnectedMeeting;
  readonly isActive: boolean;
}
