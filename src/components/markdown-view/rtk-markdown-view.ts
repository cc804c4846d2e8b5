import { RtkMarkdownView } from './markdown-view.js';

export { RtkMarkdownView };

if (!customElements.get('rtk-markdown-view')) {
  customElements.define('rtk-markdown-view', RtkMarkdownView);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-markdown-view': RtkMarkdownView;
  }
}
