import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    align-items: center;
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius-full);
    background: var(--_bg-raised);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
    font-variant-numeric: tabular-nums;
  }
`;
