import { RtkDebuggerAudio } from './debugger-audio.js';

export { RtkDebuggerAudio };

if (!customElements.get('rtk-debugger-audio')) {
  customElements.define('rtk-debugger-audio', RtkDebuggerAudio);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-debugger-audio': RtkDebuggerAudio;
  }
}
