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
  }
  /* Measured: every tile has its own place, and glides to a new one on joins, leaves and resizes. */
  .placed .cell {
    position: absolute;
    /* --_motion-slow is 0 under prefers-reduced-motion. */
    transition: all var(--_motion-slow) ease-out;
    transition-property: inset-inline-start, inset-block-start, inline-size, block-size;
  }
  rtk-participant-tile {
    inline-size: 100%;
    block-size: 100%;
    aspect-ratio: auto;
  }
  [part='more'] {
    inline-size: 100%;
    block-size: 100%;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    color: var(--_text);
    font: 600 clamp(1.25rem, 6cqmin, 2.5rem) / 1 var(--_font);
    cursor: pointer;
  }
  [part='more']:hover {
    background: var(--_bg-control-hover);
  }
  [part='more']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
