import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    flex: 1 0 0;
    background: var(--_bg);
    font-family: var(--_font);
    color: var(--_text);
  }
  rtk-message-list-view {
    flex: 1;
    min-block-size: 0;
  }
  /* The panel's padding: rows line up with the chat header, clear of the panel's edges. */
  rtk-message-list-view::part(item) {
    padding-inline: calc(var(--_space) * 2);
  }
  [part='day'] {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding-block: var(--_space);
    padding-inline: var(--_space);
    font-size: var(--_font-size-xs);
    color: var(--_text-muted);
  }
  [part='day']::before,
  [part='day']::after {
    content: '';
    flex: 1;
    border-block-start: 1px solid var(--_border);
  }
  [part='confirm-text'] {
    margin-block: 0 calc(var(--_space) * 2);
    font-size: var(--_font-size-sm);
  }
  [part='confirm-actions'] {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
  }
  .attachments {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    margin-block-start: calc(var(--_space) * 0.5);
  }
`;
