import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
    font-variant-numeric: tabular-nums;
  }
  :host([variant='primary']) {
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 2);
    border-radius: var(--_radius-full);
    background: var(--_bg-control);
  }
  [part='icon'] {
    flex: none;
    font-size: var(--_font-size-md);
  }
`;
