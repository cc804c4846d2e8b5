import { css } from 'lit';

export default css`
  :host {
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
  }
  [part='container'] {
    display: flex;
    flex-direction: column;
    gap: var(--rtk-polls-gap, calc(var(--_space) * 3));
    padding: calc(var(--_space) * 3);
    background: var(--rtk-polls-background, var(--_bg-raised));
    min-block-size: 100%;
  }
  [part='polls'] {
    display: flex;
    flex-direction: column;
    gap: var(--rtk-polls-gap, calc(var(--_space) * 3));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='empty'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space);
    padding-block: calc(var(--_space) * 8);
    color: var(--_text-muted);
    text-align: center;
    font-size: var(--_font-size-md);
  }
  [part='empty'] svg {
    font-size: var(--_font-size-xl);
  }
  [part='empty'] p {
    margin: 0;
  }
  .hint {
    font-size: var(--_font-size-sm);
  }
`;
