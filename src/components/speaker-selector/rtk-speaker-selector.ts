import { RtkSpeakerSelector } from './speaker-selector.js';

export { RtkSpeakerSelector };

if (!customElements.get('rtk-speaker-selector')) {
  customElements.define('rtk-speaker-selector', RtkSpeakerSelector);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-speaker-selector': RtkSpeakerSelector;
  }
}
