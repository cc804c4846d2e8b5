import '../controlbar/rtk-controlbar.js';
import '../dialog-manager/rtk-dialog-manager.js';
import '../header/rtk-header.js';
import '../participants-audio/rtk-participants-audio.js';
import '../grid/rtk-grid.js';
import '../idle-screen/rtk-idle-screen.js';
import '../spinner/rtk-spinner.js';
import '../stage/rtk-stage.js';
import '../notifications/rtk-notifications.js';
import { RtkMeeting } from './meeting.js';

export { RtkMeeting };

if (!customElements.get('rtk-meeting')) {
  customElements.define('rtk-meeting', RtkMeeting);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-meeting': RtkMeeting;
  }
}
