import { css } from 'lit';

export default css`
  :host {
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
  }
  [part='container'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    box-sizing: border-box;
    padding: calc(var(--_space) * 3);
    background: var(--rtk-qna-background, var(--_bg-raised));
    min-block-size: 100%;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  [part='sort'] {
    display: flex;
    gap: var(--_space);
    align-self: flex-start;
    padding: 2px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-full);
  }
  [part='sort-button'] {
    padding: var(--_space) calc(var(--_space) * 3);
    border: 0;
    border-radius: var(--_radius-full);
    background: transparent;
  }
  [part='sort-button'][aria-pressed='true'] {
    background: var(--_brand);
    color: var(--_brand-text);
  }
  [part='list'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    flex: 1;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='question'] {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_space) calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  [part='question'].answered {
    border-inline-start: 3px solid var(--_success, var(--_brand));
  }
  [part='question'].hidden {
    border-style: dashed;
  }
  [part='text'] {
    grid-column: 1;
    margin: 0;
    font-size: var(--_font-size-md);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  [part='meta'] {
    grid-column: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-xs);
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    padding: 0 var(--_space);
    border-radius: var(--_radius-full);
    border: 1px solid var(--_border);
    color: var(--_text);
  }
  [part='actions'] {
    grid-column: 1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  [part='upvote'] {
    grid-column: 2;
    grid-row: 1 / span 3;
    align-self: start;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    min-inline-size: calc(var(--_space) * 11);
    min-block-size: calc(var(--_space) * 11);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: transparent;
  }
  [part='upvote'][aria-pressed='true'] {
    background: var(--_brand);
    border-color: var(--_brand);
    color: var(--_brand-text);
  }
  [part='upvote']:disabled {
    cursor: default;
    opacity: 0.7;
  }
  [part='action'] {
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: transparent;
  }
  [part='empty'] {
    display: flex;
    flex: 1;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    padding-block: calc(var(--_space) * 6);
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
  [part='form'] {
    position: sticky;
    inset-block-end: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding-block-start: var(--_space);
    background: var(--rtk-qna-background, var(--_bg-raised));
  }
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: calc(var(--_space) * 14);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_text-muted);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    resize: vertical;
  }
  textarea:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  [part='anonymous'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    cursor: pointer;
  }
  [part='anonymous'] input {
    margin: 0;
    inline-size: 1.1em;
    block-size: 1.1em;
    accent-color: var(--_brand);
  }
  [part='submit'] {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 5);
    border: 0;
    border-radius: var(--_radius-sm);
    background: var(--_brand);
    color: var(--_brand-text);
    font-weight: 600;
  }
  [part='submit'][aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
`;
