import '../button/rtk-button.js';
import { RtkLeaveMeeting } from './leave-meeting.js';

export { RtkLeaveMeeting };

if (!customElements.get('rtk-leave-meeting')) {
  customElements.define('rtk-leave-meeting', RtkLeaveMeeting);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-leave-meeting': RtkLeaveMeeting;
  }
}
