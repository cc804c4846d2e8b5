import '../logo/rtk-logo.js';
import '../meeting-title/rtk-meeting-title.js';
import '../clock/rtk-clock.js';
import '../participant-count/rtk-participant-count.js';
import '../recording-indicator/rtk-recording-indicator.js';
import { RtkHeader } from './header.js';

export { RtkHeader };

if (!customElements.get('rtk-header')) {
  customElements.define('rtk-header', RtkHeader);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-header': RtkHeader;
  }
}
