import { css } from 'lit';

export default css`
  :host {
    background: var(--_bg-raised);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
  }
  h2 {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
    font-size: var(--_font-size-md);
  }
  h2:focus {
    outline: none;
  }
  .count {
    color: var(--_text-muted);
    font-size: var(--_font-size-xs);
    font-weight: normal;
  }
  ol {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: hand;
  }
  li {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    min-block-size: calc(var(--_space) * 9);
    counter-increment: hand;
  }
  li::before {
    content: counter(hand) '.';
    min-inline-size: 2ch;
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }
  .name {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  button {
    padding: var(--_space) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: var(--_bg-control-hover);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  [part='lower-all'] {
    margin-block-start: calc(var(--_space) * 2);
    inline-size: 100%;
  }
  p {
    margin: 0;
    color: var(--_text-muted);
  }
`;
