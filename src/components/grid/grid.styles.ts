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
    /* Out of flow, so what is inside never changes the size the layout is computed from. */
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
  }
  [part='container'] > :not(rtk-grid-pagination) {
    flex: 1 1 auto;
    min-block-size: 0;
  }
  rtk-grid-pagination {
    flex: 0 0 auto;
  }
  [part='message'] {
    display: grid;
    place-items: center;
    block-size: 100%;
    margin: 0;
    color: var(--_text-muted);
  }
  /* Your own view on a phone: a small tile over the others, in a corner of your choice. */
  .floating {
    position: absolute;
    z-index: 1;
    inline-size: clamp(120px, 42%, 240px);
    margin: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow-lg);
    touch-action: none;
    cursor: grab;
  }
  .floating[data-corner^='top'] {
    inset-block-start: 0;
  }
  .floating[data-corner^='bottom'] {
    inset-block-end: 0;
  }
  .floating[data-corner$='start'] {
    inset-inline-start: 0;
  }
  .floating[data-corner$='end'] {
    inset-inline-end: 0;
  }
  .floating rtk-participant-tile {
    aspect-ratio: 16 / 9;
  }
  .move,
  .show-self {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    border: 0;
    border-radius: var(--_radius-full);
    background: var(--_video-overlay);
    color: var(--_video-text);
    font: 500 var(--_font-size-sm) var(--_font);
    cursor: pointer;
  }
  .move {
    position: absolute;
    inset-block-start: calc(var(--_space) * 2);
    inset-inline-start: calc(var(--_space) * 2);
    inline-size: 32px;
    block-size: 32px;
    justify-content: center;
  }
  .show-self {
    position: absolute;
    inset-block-end: calc(var(--_space) * 3);
    inset-inline-end: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    background: var(--_bg-control);
    color: var(--_text);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
