/**
 * Fired by `rtk-breakout-room-participants` (and `rtk-breakout-room-manager`) when people start
 * (`true`) or stop (`false`) being dragged, so the rooms can show where they may be dropped.
 * Name as in the official kit; it does not bubble (it is for the tag's parent).
 */
export class ParticipantsDraggingEvent extends CustomEvent<boolean> {
  static readonly eventName = 'participantsDragging';

  constructor(detail: boolean) {
    super(ParticipantsDraggingEvent.eventName, { detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    participantsDragging: ParticipantsDraggingEvent;
  }
}
