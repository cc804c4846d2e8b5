import { RtkDebuggerSystem } from './debugger-system.js';

export { RtkDebuggerSystem };

if (!customElements.get('rtk-debugger-system')) {
  customElements.define('rtk-debugger-system', RtkDebuggerSystem);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-debugger-system': RtkDebuggerSystem;
  }
}
