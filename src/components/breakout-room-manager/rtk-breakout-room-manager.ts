import { RtkBreakoutRoomManager } from './breakout-room-manager.js';

export { RtkBreakoutRoomManager };

if (!customElements.get('rtk-breakout-room-manager')) {
  customElements.define('rtk-breakout-room-manager', RtkBreakoutRoomManager);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-breakout-room-manager': RtkBreakoutRoomManager;
  }
}
