import '../controlbar-button/rtk-controlbar-button.js';
import { RtkDebuggerToggle } from './debugger-toggle.js';

export { RtkDebuggerToggle };

if (!customElements.get('rtk-debugger-toggle')) {
  customElements.define('rtk-debugger-toggle', RtkDebuggerToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-debugger-toggle': RtkDebuggerToggle;
  }
}
