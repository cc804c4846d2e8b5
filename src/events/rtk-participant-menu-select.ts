import type { Peer } from '../meeting/participant.js';

/**
 * A menu item that the page added to the participant menus (slot `participant-menu`) was chosen.
 * Dispatched on the element that declared the item; bubbles and crosses shadow roots. `detail`
 * is the person whose menu it was. Our addition.
 */
export class ParticipantMenuSelectEvent extends CustomEvent<{ participant: Peer }> {
  static readonly eventName = 'rtkParticipantMenuSelect';

  constructor(participant: Peer) {
    super(ParticipantMenuSelectEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { participant },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkParticipantMenuSelect: ParticipantMenuSelectEvent;
  }
}
