import { RtkDebuggerScreenshare } from './debugger-screenshare.js';

export { RtkDebuggerScreenshare };

if (!customElements.get('rtk-debugger-screenshare')) {
  customElements.define('rtk-debugger-screenshare', RtkDebuggerScreenshare);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-debugger-screenshare': RtkDebuggerScreenshare;
  }
}
