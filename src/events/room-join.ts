/**
 * Fired by `rtk-breakout-room-manager` when the user chose "Join" on its room; `detail` is its id.
 * Name as in the official kit; it does not bubble (it is for the tag's parent).
 */
export class RoomJoinEvent extends CustomEvent<{ roomId: string }> {
  static readonly eventName = 'roomJoin';

  constructor(detail: { roomId: string }) {
    super(RoomJoinEvent.eventName, { detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    roomJoin: RoomJoinEvent;
  }
}
