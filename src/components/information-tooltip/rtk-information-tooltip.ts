import { RtkInformationTooltip } from './information-tooltip.js';

export { RtkInformationTooltip };

if (!customElements.get('rtk-information-tooltip')) {
  customElements.define('rtk-information-tooltip', RtkInformationTooltip);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-information-tooltip': RtkInformationTooltip;
  }
}
