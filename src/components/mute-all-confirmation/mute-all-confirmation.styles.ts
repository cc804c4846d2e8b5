import { css } from 'lit';

export default css`
  :host {
    display: contents;
    font-family: var(--_font);
    color: var(--_text);
  }
  [part~='body'] {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  [part~='allow-unmute'] {
    display: block;
    margin-block: calc(var(--_space) * 4);
  }
  [part~='actions'] {
    display: flex;
    justify-content: flex-end;
    gap: calc(var(--_space) * 2);
  }
`;
