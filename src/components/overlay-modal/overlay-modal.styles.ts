import { css } from 'lit';

export default css`
  :host {
    display: contents;
  }
  [part='icon'] {
    display: block;
    margin-block-end: calc(var(--_space) * 3);
    color: var(--_brand);
    font-size: var(--_font-size-xl);
  }
  [part='description'] {
    margin: 0;
    color: var(--_text-muted);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
  }
`;
