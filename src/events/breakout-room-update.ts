/**
 * Fired by `rtk-breakout-room-manager` when its room was renamed; `detail` is its id and new title.
 * Name as in the official kit; it does not bubble (it is for the tag's parent).
 */
export class BreakoutRoomUpdateEvent extends CustomEvent<{ id: string; title: string }> {
  static readonly eventName = 'update';

  constructor(detail: { id: string; title: string }) {
    super(BreakoutRoomUpdateEvent.eventName, { detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    update: BreakoutRoomUpdateEvent;
  }
}
