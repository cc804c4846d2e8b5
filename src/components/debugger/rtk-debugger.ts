import '../debugger-audio/rtk-debugger-audio.js';
import '../debugger-video/rtk-debugger-video.js';
import '../debugger-screenshare/rtk-debugger-screenshare.js';
import '../debugger-system/rtk-debugger-system.js';
import { RtkDebugger } from './debugger.js';

export { RtkDebugger };

if (!customElements.get('rtk-debugger')) {
  customElements.define('rtk-debugger', RtkDebugger);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-debugger': RtkDebugger;
  }
}
