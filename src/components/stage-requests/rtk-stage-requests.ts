import '../avatar/rtk-avatar.js';
import '../button/rtk-button.js';
import { RtkStageRequests } from './stage-requests.js';

export { RtkStageRequests };

if (!customElements.get('rtk-stage-requests')) {
  customElements.define('rtk-stage-requests', RtkStageRequests);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-stage-requests': RtkStageRequests;
  }
}
