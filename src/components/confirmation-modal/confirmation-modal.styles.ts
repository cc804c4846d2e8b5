import { css } from 'lit';

export default css`
  :host {
    display: contents;
  }
  [part='content'] {
    margin-block: 0 calc(var(--_space) * 5);
    color: var(--_text-muted);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: calc(var(--_space) * 2);
  }
`;
