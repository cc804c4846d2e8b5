/**
 * Fired by `rtk-breakout-room-manager` when the user chose to delete its room (offered with
 * `allowDelete`); `detail` is its id. Name as in the official kit; it does not bubble (it is for
 * the tag's parent). The `delete` entry of the event map is `AnyDeleteEvent`.
 */
export class BreakoutRoomDeleteEvent extends CustomEvent<{ id: string }> {
  static readonly eventName = 'delete';

  constructor(detail: { id: string }) {
    super(BreakoutRoomDeleteEvent.eventName, { detail });
  }
}
