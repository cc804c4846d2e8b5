import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    vertical-align: middle;
    --_counter-height: calc(var(--_space) * 9);
  }
  :host([size='sm']) {
    --_counter-height: calc(var(--_space) * 7);
  }
  :host([size='lg']),
  :host([size='xl']) {
    --_counter-height: calc(var(--_space) * 11);
  }
  [part='container'] {
    display: inline-flex;
    align-items: stretch;
    block-size: var(--_counter-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-control);
    overflow: hidden;
  }
  [part='decrement'],
  [part='increment'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: var(--_counter-height);
    padding: 0;
    border: none;
    background: transparent;
    color: var(--_text);
    font-size: var(--_font-size-md);
    cursor: pointer;
    transition: background-color var(--_motion);
  }
  [part='decrement']:hover:not(:disabled, [aria-disabled='true']),
  [part='increment']:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--_bg-control-hover);
  }
  [part='decrement']:disabled,
  [part='increment']:disabled,
  [part='decrement'][aria-disabled='true'],
  [part='increment'][aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_text-muted);
  }
  [part='input'] {
    inline-size: 4ch;
    min-inline-size: 3rem;
    padding: 0;
    border: none;
    border-inline: 1px solid var(--_border);
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size-sm);
    text-align: center;
    appearance: textfield;
    -moz-appearance: textfield;
  }
  [part='input']::-webkit-inner-spin-button,
  [part='input']::-webkit-outer-spin-button {
    appearance: none;
    margin: 0;
  }
  :focus-visible {
    outline-offset: -2px;
  }
`;
