import type { Peer } from '../meeting/participant.js';

/** Detail of `tileLoad` and `tileUnload`: whose tile, and its video element. */
export interface TileDetail {
  participant: Peer;
  videoElement: HTMLVideoElement;
}

/**
 * Fired by `rtk-participant-tile` once its video element is registered with the participant
 * (name and detail as in the official kit).
 */
export class TileLoadEvent extends CustomEvent<TileDetail> {
  static readonly eventName = 'tileLoad';

  constructor(detail: TileDetail) {
    super(TileLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    tileLoad: TileLoadEvent;
  }
}
