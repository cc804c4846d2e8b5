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
  /* Before the box is measured: tiles flow, centred. */
  [part='container'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-content: center;
    gap: var(--_space);
    min-block-size: 100%;
    margin: 0;
  }
  .cell {
    flex: none;
    inline-size: 9rem;
    block-size: 9rem;
    /* The tile sizes its avatar from this box. */
    container-type: size;
  }
  /* Measured: each tile at its place; joins and leaves glide there (not with reduced motion). */
  .placed {
    display: block;
    position: relative;
    min-block-size: 0;
    /* Rounding never makes the box scroll by a fraction of a pixel. */
    overflow: clip;
  }
  .placed .cell {
    position: absolute;
    transition-property: inset-inline-start, inset-block-start, inline-size, block-size;
    transition-duration: var(--_motion-slow);
    transition-timing-function: ease-out;
  }
  [part='message'] {
    display: grid;
    place-items: center;
    block-size: 100%;
    margin: 0;
    color: var(--_text-muted);
  }
`;
