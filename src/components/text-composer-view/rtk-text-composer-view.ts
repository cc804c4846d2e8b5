import { RtkTextComposerView } from './text-composer-view.js';

export { RtkTextComposerView };

if (!customElements.get('rtk-text-composer-view')) {
  customElements.define('rtk-text-composer-view', RtkTextComposerView);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-text-composer-view': RtkTextComposerView;
  }
}
