import { RtkBreakoutRoomsToggle } from './breakout-rooms-toggle.js';

export { RtkBreakoutRoomsToggle };

if (!customElements.get('rtk-breakout-rooms-toggle')) {
  customElements.define('rtk-breakout-rooms-toggle', RtkBreakoutRoomsToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-breakout-rooms-toggle': RtkBreakoutRoomsToggle;
  }
}
