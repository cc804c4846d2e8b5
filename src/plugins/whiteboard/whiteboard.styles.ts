import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 0;
    padding: calc(var(--_space) / 2);
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
  }
  [part='toolbar'],
  .note,
  [part='alert'] {
    flex: none;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0;
  }
  .group {
    display: inline-flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  button {
    min-block-size: 2rem;
    min-inline-size: 2rem;
    padding: 0 var(--_space);
    border: 1px solid transparent;
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: var(--_bg-control-hover);
  }
  button[aria-pressed='true'] {
    background: var(--_brand);
    color: var(--_brand-text);
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button.danger {
    background: var(--_danger);
    color: var(--_danger-text);
  }
  .swatch {
    padding: 0;
    inline-size: 2rem;
    border-radius: var(--_radius-full);
    background: var(--swatch);
    border: 2px solid var(--_bg-raised);
  }
  .swatch:hover:not(:disabled) {
    background: var(--swatch);
  }
  .swatch[aria-pressed='true'] {
    background: var(--swatch);
    box-shadow: 0 0 0 2px var(--_text);
  }
  [part='alert'] {
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius-sm);
    background: var(--_warning);
    color: var(--_warning-text);
  }
  [part='alert'] button {
    background: transparent;
    border-color: currentColor;
    color: inherit;
  }
  .status {
    margin: 0;
    color: var(--_text-muted);
  }
  [part='board'] {
    position: relative;
    flex: 1 1 0;
    min-block-size: 0;
    display: flex;
    align-items: center;
    justify-content: center;
  }
  .sheet {
    position: relative;
    flex: none;
  }
  canvas {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    background: #ffffff;
    border-radius: var(--_radius-sm);
    /* The board's edge, also on a light page. */
    box-shadow: 0 0 0 1px var(--_border);
    touch-action: none;
    cursor: crosshair;
  }
  canvas.eraser {
    cursor: cell;
  }
  .who {
    position: absolute;
    pointer-events: none;
    transform: translate(0.5rem, -50%);
    padding: 0 calc(var(--_space) / 2);
    border-radius: var(--_radius-full);
    background: var(--_bg-raised);
    color: var(--_text);
    font-size: var(--_font-size-xs);
    white-space: nowrap;
    box-shadow: var(--_shadow-sm);
  }
  /* Near the right edge the name goes to the left of the stroke's end, inside the board. */
  .who.before {
    transform: translate(calc(-100% - 0.5rem), -50%);
  }
`;
