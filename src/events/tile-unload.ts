import type { TileDetail } from './tile-load.js';

/**
 * Fired by `rtk-participant-tile` when its video element is deregistered (the tile was removed
 * or shows another participant). Name and detail as in the official kit.
 */
export class TileUnloadEvent extends CustomEvent<TileDetail> {
  static readonly eventName = 'tileUnload';

  constructor(detail: TileDetail) {
    super(TileUnloadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    tileUnload: TileUnloadEvent;
  }
}
