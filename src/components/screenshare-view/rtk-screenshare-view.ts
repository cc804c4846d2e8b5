import '../button/rtk-button.js';
import { RtkScreenshareView } from './screenshare-view.js';

export { RtkScreenshareView };

if (!customElements.get('rtk-screenshare-view')) {
  customElements.define('rtk-screenshare-view', RtkScreenshareView);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-screenshare-view': RtkScreenshareView;
  }
}
