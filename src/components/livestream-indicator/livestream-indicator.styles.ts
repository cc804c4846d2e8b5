import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    align-items: center;
    font-family: var(--_font);
    font-size: var(--_font-size-xs);
    font-weight: 600;
  }
  :host(:not([live])) {
    display: none;
  }
  [part='indicator'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 2);
    border-radius: var(--_radius-sm);
    background: var(--rtk-livestream-indicator-background, var(--_danger));
    color: var(--rtk-livestream-indicator-color, var(--_danger-text));
    text-transform: uppercase;
  }
`;
