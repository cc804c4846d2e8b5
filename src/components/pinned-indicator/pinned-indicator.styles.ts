import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
  }
  :host([hidden]) {
    display: none !important;
  }
  [part='container'] {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border-radius: var(--_radius-full);
    background: var(--rtk-pinned-indicator-background, var(--_bg-raised));
    color: var(--rtk-pinned-indicator-color, var(--_text));
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
    max-inline-size: 100%;
  }
  [part='icon'] {
    display: inline-flex;
    inline-size: 1.1em;
    block-size: 1.1em;
    color: var(--_brand-text);
  }
  [part='icon'] svg {
    inline-size: 100%;
    block-size: 100%;
  }
  [part='label'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
`;
