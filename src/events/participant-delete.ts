/**
 * Fired by `rtk-breakout-room-manager` when someone is to leave its room (back to the main room, or
 * out of a room not started yet); `detail` is the room's id and their user id.
 * Name as in the official kit; it does not bubble (it is for the tag's parent).
 */
export class ParticipantDeleteEvent extends CustomEvent<{ roomId: string; participantId: string }> {
  static readonly eventName = 'participantDelete';

  constructor(detail: { roomId: string; participantId: string }) {
    super(ParticipantDeleteEvent.eventName, { detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    participantDelete: ParticipantDeleteEvent;
  }
}
