import type { UiStates } from '../context/states.js';

/**
 * Fired by a provider (`rtk-meeting`, `rtk-ui-provider`) after it merged a state update: `detail`
 * is the whole new state. Host apps listen to it to follow or persist the UI.
 */
export class RtkStatesUpdateEvent extends CustomEvent<Readonly<UiStates>> {
  static readonly eventName = 'rtkStatesUpdate';

  constructor(detail: Readonly<UiStates>) {
    super(RtkStatesUpdateEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkStatesUpdate: RtkStatesUpdateEvent;
  }
}
