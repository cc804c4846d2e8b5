import { css } from 'lit';

export default css`
  :host {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    min-block-size: calc(var(--_space) * 9);
    padding-block: calc(var(--_space) * 1.5);
    padding-inline: calc(var(--_space) * 3);
    border-radius: var(--_radius-sm);
    color: var(--rtk-menu-item-color, var(--_text));
    font-size: var(--_font-size-sm);
    cursor: pointer;
    user-select: none;
    outline: none;
    transition: background-color var(--_motion-fast);
  }
  :host(:hover),
  :host(:focus) {
    background: var(--rtk-menu-item-background-hover, var(--_bg-control-hover));
  }
  :host(:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  :host([disabled]) {
    color: var(--_text-muted);
    cursor: not-allowed;
  }
  :host([disabled]:hover) {
    background: transparent;
  }
  /* A finger needs a taller row than a pointer. */
  :host([size='sm']) {
    min-block-size: calc(var(--_space) * 11);
  }
  [part='label'] {
    flex: 1;
    min-inline-size: 0;
  }
  [part='start'],
  [part='end'],
  [part='check'] {
    display: inline-flex;
    align-items: center;
    font-size: var(--_font-size-md);
  }
  [part='end'] {
    color: var(--_text-muted);
  }
  [part='check'] {
    inline-size: 1em;
  }
`;
