import { css } from 'lit';

export default css`
  :host {
    display: block;
    color: var(--_text);
    font-family: var(--_font);
  }
  [part='message'] {
    margin-block: 0 calc(var(--_space) * 5);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: calc(var(--_space) * 2);
  }
`;
