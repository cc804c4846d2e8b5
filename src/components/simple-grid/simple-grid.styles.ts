import { css } from 'lit';

export default css`
  :host {
    display: block;
    position: relative;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 0;
    overflow: hidden;
  }
  :host([hidden]) {
    display: none !important;
  }
  [part='container'] {
    /* Out of flow, so the tiles never change the size the layout is computed from. */
    position: absolute;
    inset: 0;
    display: flex;
    flex-wrap: wrap;
    align-content: center;
    justify-content: center;
    gap: var(--_gap);
  }
  .cell {
    flex: 0 0 auto;
    inline-size: var(--_tile-width);
    block-size: var(--_tile-height);
    aspect-ratio: var(--_tile-ratio);
  }
  rtk-participant-tile {
    inline-size: 100%;
    block-size: 100%;
    aspect-ratio: auto;
  }
`;
