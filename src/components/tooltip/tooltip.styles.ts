import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
    --_tooltip-bg: var(--rtk-tooltip-background, var(--_bg-raised));
    --_tooltip-color: var(--rtk-tooltip-color, var(--_text));
  }
  :host([kind='block']) {
    display: block;
  }
  :host([variant='secondary']) {
    --_tooltip-bg: var(--rtk-tooltip-background, var(--_bg-control));
  }
  [part='trigger'] {
    display: contents;
  }
  [part='tooltip'] {
    /* Overrides the popover defaults. floating-ui sets physical left/top in viewport pixels. */
    position: fixed;
    inset: auto;
    left: 0;
    top: 0;
    margin: 0;
    inline-size: max-content;
    max-inline-size: var(--rtk-tooltip-max-width, 18rem);
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_tooltip-bg);
    color: var(--_tooltip-color);
    box-shadow: var(--_shadow-md);
    font-family: var(--_font);
    font-size: var(--_font-size-xs);
    line-height: 1.4;
    overflow: visible;
    z-index: var(--_z-tooltip);
  }
  :host([size='lg']) [part='tooltip'],
  :host([size='xl']) [part='tooltip'] {
    font-size: var(--_font-size-sm);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
  }
  [part='tooltip']:not(:popover-open):not(.fallback-open) {
    display: none;
  }
  [part='arrow'] {
    position: absolute;
    inline-size: 8px;
    block-size: 8px;
    background: var(--_tooltip-bg);
    rotate: 45deg;
    pointer-events: none;
  }
`;
