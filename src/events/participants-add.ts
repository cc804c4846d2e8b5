/**
 * Fired by `rtk-breakout-room-manager` when people are to go into its room: "Move here" with people
 * selected, or people dropped on it; `detail` is the room's id and their user ids. Its parent moves them.
 * Name as in the official kit; it does not bubble (it is for the tag's parent).
 */
export class ParticipantsAddEvent extends CustomEvent<{
  roomId: string;
  participantIds: string[];
}> {
  static readonly eventName = 'participantsAdd';

  constructor(detail: { roomId: string; participantIds: string[] }) {
    super(ParticipantsAddEvent.eventName, { detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    participantsAdd: ParticipantsAddEvent;
  }
}
