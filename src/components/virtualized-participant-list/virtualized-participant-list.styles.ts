import { css } from 'lit';

export default css`
  :host {
    display: block;
    block-size: 100%;
    min-block-size: 0;
  }
  [part='list'] {
    block-size: 100%;
    overflow: auto;
    overscroll-behavior: contain;
    scrollbar-width: thin;
  }
  [part='list']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .spacer {
    position: relative;
    inline-size: 100%;
  }
  .item {
    position: absolute;
    inset-inline: 0;
    overflow: hidden;
  }
`;
