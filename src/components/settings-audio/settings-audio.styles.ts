import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 4);
    font-family: var(--_font);
    color: var(--_text);
  }
  .group {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  .level {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }
  .level svg {
    color: var(--_danger-text);
  }
  rtk-button {
    align-self: flex-start;
  }
  .hint {
    margin: 0;
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }
`;
