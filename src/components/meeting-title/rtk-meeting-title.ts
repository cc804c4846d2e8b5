import { RtkMeetingTitle } from './meeting-title.js';

export { RtkMeetingTitle };

if (!customElements.get('rtk-meeting-title')) {
  customElements.define('rtk-meeting-title', RtkMeetingTitle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-meeting-title': RtkMeetingTitle;
  }
}
