import { RtkBackgroundEffects } from './background-effects.js';

export { RtkBackgroundEffects };

if (!customElements.get('rtk-background-effects')) {
  customElements.define('rtk-background-effects', RtkBackgroundEffects);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-background-effects': RtkBackgroundEffects;
  }
}
