import { RtkBreakoutRoomsManager } from './breakout-rooms-manager.js';

export { RtkBreakoutRoomsManager };

if (!customElements.get('rtk-breakout-rooms-manager')) {
  customElements.define('rtk-breakout-rooms-manager', RtkBreakoutRoomsManager);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-breakout-rooms-manager': RtkBreakoutRoomsManager;
  }
}
