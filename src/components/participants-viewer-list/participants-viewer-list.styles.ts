import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    block-size: 100%;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--rtk-participants-background, var(--_bg-raised));
  }
  [part~='heading-count'] {
    margin: 0;
    padding-block: calc(var(--_space) * 2);
    padding-inline: calc(var(--_space) * 3);
    font-size: var(--_font-size-sm);
    font-weight: 600;
    color: var(--_text-muted);
  }
  [part~='participants'] {
    flex: 1;
    min-block-size: 0;
  }
  [part~='empty'] {
    margin: 0;
    padding: calc(var(--_space) * 3);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    text-align: center;
  }
`;
