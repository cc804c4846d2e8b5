import { RtkBreakoutRoomParticipants } from './breakout-room-participants.js';

export { RtkBreakoutRoomParticipants };

if (!customElements.get('rtk-breakout-room-participants')) {
  customElements.define('rtk-breakout-room-participants', RtkBreakoutRoomParticipants);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-breakout-room-participants': RtkBreakoutRoomParticipants;
  }
}
