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
  [part='icon'] {
    flex: none;
    font-size: var(--_font-size-md);
  }
`;
