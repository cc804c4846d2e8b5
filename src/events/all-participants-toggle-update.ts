/**
 * Fired by `rtk-breakout-room-participants` when "Select everyone" is turned on or off; `detail` says
 * which. `selectedParticipantsUpdate` follows with the ids.
 * Name as in the official kit; it does not bubble (it is for the tag's parent).
 */
export class AllParticipantsToggleUpdateEvent extends CustomEvent<boolean> {
  static readonly eventName = 'allParticipantsToggleUpdate';

  constructor(detail: boolean) {
    super(AllParticipantsToggleUpdateEvent.eventName, { detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    allParticipantsToggleUpdate: AllParticipantsToggleUpdateEvent;
  }
}
