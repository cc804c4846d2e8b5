import { css } from 'lit';

export default css`
  :host {
    display: block;
    position: relative;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: var(--rtk-grid-min-height, 12rem);
    overflow: hidden;
    background: var(--rtk-grid-background, var(--_bg));
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
  [part='message'] {
    display: grid;
    place-items: center;
    block-size: 100%;
    margin: 0;
    color: var(--_text-muted);
  }
`;
