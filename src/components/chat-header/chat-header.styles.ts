import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-block-end: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--_font);
  }
  .bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
    min-block-size: calc(var(--_space) * 8);
  }
  h2 {
    margin: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: var(--_font-size-md);
    font-weight: 600;
  }
`;
