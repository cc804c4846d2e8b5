import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
    position: relative;
    --_button-bg: var(--rtk-controlbar-button-background, var(--_bg-control));
    --_button-color: var(--rtk-controlbar-button-color, var(--_text));
  }
  :host([in-menu]) {
    display: block;
    --_button-bg: var(--rtk-controlbar-button-background, transparent);
  }
  button {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    min-inline-size: calc(var(--_space) * 16);
    min-block-size: calc(var(--_space) * 14);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: none;
    border-radius: var(--_radius);
    background: var(--_button-bg);
    color: var(--_button-color);
    font: inherit;
    font-size: 0.8125rem;
    cursor: pointer;
    transition: background-color var(--_motion);
  }
  :host([variant='horizontal']) button {
    flex-direction: row;
    min-block-size: calc(var(--_space) * 10);
  }
  :host([size='sm']) button {
    min-inline-size: calc(var(--_space) * 11);
    min-block-size: calc(var(--_space) * 11);
    padding: calc(var(--_space) * 2);
  }
  /* A row of the "More" menu: icon and name, at every size. */
  :host([in-menu]) button {
    flex-direction: row;
    justify-content: flex-start;
    inline-size: 100%;
    min-block-size: calc(var(--_space) * 11);
    padding-inline: calc(var(--_space) * 3);
    gap: calc(var(--_space) * 3);
    font-size: var(--_font-size-sm);
  }
  button:hover {
    background: var(--rtk-controlbar-button-background-hover, var(--_bg-control-hover));
  }
  /* The state, read from the ARIA state itself so the two never disagree: on or open is brand,
     off with off-alert (a muted microphone) is danger. */
  :host(:not([off-alert])) button:is([aria-pressed='true'], [aria-checked='true'], [aria-expanded='true']) {
    --_button-bg: var(--_brand);
    background: var(--_button-bg);
    color: var(--_brand-text);
  }
  :host([off-alert]:not([disabled])) button:is([aria-pressed='false'], [aria-checked='false']) {
    --_button-bg: var(--_danger);
    background: var(--_button-bg);
    color: var(--_danger-text);
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_text-muted);
  }
  button[aria-disabled='true']:hover {
    background: var(--_button-bg);
  }
  /* One line: a label that does not fit moves the control into "More", never wraps. */
  [part='label'] {
    white-space: nowrap;
  }
  .graphic {
    position: relative;
    display: inline-flex;
    font-size: 1.5rem;
  }
  :host([brand-icon]) .graphic {
    color: var(--_brand-400);
  }
  [part='spinner'] {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 800ms linear infinite;
  }
  [part='warning-indicator'] {
    position: absolute;
    inset-block-start: -2px;
    inset-inline-end: -4px;
    inline-size: 10px;
    block-size: 10px;
    border-radius: 50%;
    background: var(--_danger);
    border: 2px solid var(--_button-bg);
  }
  [part='tooltip'] {
    display: none;
    position: absolute;
    inset-block-end: calc(100% + var(--_space) * 2);
    inset-inline-start: 50%;
    translate: -50% 0;
    inline-size: max-content;
    max-inline-size: 16rem;
    padding: var(--_space) calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    color: var(--_text);
    font-size: 0.8125rem;
    z-index: 1;
  }
  /* Inline start is the right edge in RTL, so centring moves the other way. */
  :host(:dir(rtl)) [part='tooltip'] {
    translate: 50% 0;
  }
  :host(:hover) [part='tooltip'],
  :host(:focus-within) [part='tooltip'] {
    display: block;
  }
  /* In a menu a tooltip would cover the rows around it: the reason is a line under the row. */
  :host([in-menu]) [part='tooltip'] {
    display: block;
    position: static;
    translate: none;
    inline-size: auto;
    max-inline-size: none;
    padding: 0 calc(var(--_space) * 3) var(--_space);
    background: none;
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  @media (prefers-reduced-motion: reduce) {
    [part='spinner'] {
      animation-duration: 2s;
    }
  }
  @keyframes spin {
    to {
      rotate: 360deg;
    }
  }
`;
