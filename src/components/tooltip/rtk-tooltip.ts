import { RtkTooltip } from './tooltip.js';

export { RtkTooltip };

if (!customElements.get('rtk-tooltip')) {
  customElements.define('rtk-tooltip', RtkTooltip);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-tooltip': RtkTooltip;
  }
}
