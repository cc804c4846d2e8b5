import type { UiStates } from '../context/states.js';

/**
 * Asks the nearest provider to merge a partial UI state (open the sidebar, remember why the user
 * left, …). Bubbles and crosses shadow roots. Name and detail as in the official kit.
 */
export class RtkStateUpdateEvent extends CustomEvent<Partial<UiStates>> {
  static readonly eventName = 'rtkStateUpdate';

  constructor(detail: Partial<UiStates>) {
    super(RtkStateUpdateEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkStateUpdate: RtkStateUpdateEvent;
  }
}
