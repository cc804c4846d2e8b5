/**
 * Fired by `rtk-breakout-room-participants` when the people selected change (a checkbox, "select
 * everyone", a search that hides selected people keeps them); `detail` is the user ids now selected.
 * Name as in the official kit; it does not bubble (it is for the tag's parent).
 */
export class SelectedParticipantsUpdateEvent extends CustomEvent<string[]> {
  static readonly eventName = 'selectedParticipantsUpdate';

  constructor(detail: string[]) {
    super(SelectedParticipantsUpdateEvent.eventName, { detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    selectedParticipantsUpdate: SelectedParticipantsUpdateEvent;
  }
}
