import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  [part='container'] {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    padding: calc(var(--_space) / 2);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
  }
  :host([variant='rounded']) [part='container'] {
    border-radius: var(--_radius-full);
    background: var(--_bg-raised);
    box-shadow: var(--_shadow-sm);
    inline-size: fit-content;
    margin-inline: auto;
  }
  [part='status'] {
    min-inline-size: 6em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  /* The arrows point the way the page reads. */
  :host(:dir(rtl)) svg {
    transform: scaleX(-1);
  }
`;
