import type { Peer } from '../meeting/participant.js';

/** Detail of `screensharePlay`: whose screen, and the video element showing it. */
export interface ScreensharePlayDetail {
  participant: Peer;
  screenshareParticipant: Peer;
  videoElement: HTMLVideoElement;
}

/**
 * Fired by `rtk-screenshare-view` when a shared screen starts playing (name as in the official
 * kit).
 */
export class ScreensharePlayEvent extends CustomEvent<ScreensharePlayDetail> {
  static readonly eventName = 'screensharePlay';

  constructor(detail: ScreensharePlayDetail) {
    super(ScreensharePlayEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    screensharePlay: ScreensharePlayEvent;
  }
}
