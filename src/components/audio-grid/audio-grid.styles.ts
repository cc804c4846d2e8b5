import { css } from 'lit';

export default css`
  :host {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: auto;
    background: var(--rtk-grid-background, var(--_bg));
  }
  :host([hidden]) {
    display: none !important;
  }
  [part='container'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--rtk-audio-grid-tile-width, 9rem), 1fr));
    gap: var(--_space);
    padding: var(--_space);
    margin: 0;
    align-content: center;
    min-block-size: 100%;
  }
  [part='message'] {
    display: grid;
    place-items: center;
    block-size: 100%;
    margin: 0;
    color: var(--_text-muted);
  }
`;
