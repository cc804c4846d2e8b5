import '../avatar/rtk-avatar.js';
import '../menu/rtk-menu.js';
import '../menu-item/rtk-menu-item.js';
import '../menu-list/rtk-menu-list.js';
import { RtkParticipant } from './participant.js';

export { RtkParticipant };

if (!customElements.get('rtk-participant')) {
  customElements.define('rtk-participant', RtkParticipant);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-participant': RtkParticipant;
  }
}
