import { RtkMicrophoneSelector } from './microphone-selector.js';

export { RtkMicrophoneSelector };

if (!customElements.get('rtk-microphone-selector')) {
  customElements.define('rtk-microphone-selector', RtkMicrophoneSelector);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-microphone-selector': RtkMicrophoneSelector;
  }
}
