import { css } from 'lit';

export default css`
  :host {
    position: relative;
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    block-size: 100%;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_bg);
  }
  [part='toolbar'] {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border-block-end: 1px solid var(--_border);
  }
  .search {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text-muted);
  }
  .search:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  [part='search'] {
    flex: 1 1 auto;
    min-inline-size: 0;
    block-size: calc(var(--_space) * 9);
    border: none;
    outline: none;
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size-sm);
  }
  .count {
    flex: 0 0 auto;
    font-size: var(--_font-size-xs);
    white-space: nowrap;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2);
    border: none;
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size-xs);
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: var(--_bg-control-hover);
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button.icon {
    padding: var(--_space);
    background: transparent;
    font-size: var(--_font-size-md);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  [part='list'] {
    flex: 1 1 auto;
    --rtk-message-list-gap: var(--_space);
  }
  [part='list']::part(show-new-messages) {
    display: none;
  }
  /* The rows are drawn inside the list's shadow root: styled through their parts. */
  [part='list']::part(group) {
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 3);
  }
  [part='list']::part(who) {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  [part='list']::part(name) {
    font-weight: 600;
    font-size: var(--_font-size-sm);
  }
  [part='list']::part(time) {
    color: var(--_text-muted);
    font-size: var(--_font-size-xs);
    font-variant-numeric: tabular-nums;
  }
  [part='list']::part(line) {
    margin: 0;
    font-size: var(--_font-size-sm);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  [part='list']::part(partial) {
    color: var(--_text-muted);
  }
  [part='list']::part(speaking) {
    font-size: var(--_font-size-xs);
    font-style: italic;
  }
  [part='list']::part(match) {
    border-radius: 2px;
    background: var(--_brand-subtle);
    color: inherit;
    box-shadow: 0 0 0 1px var(--_brand);
  }
  [part='list']::part(current) {
    background: var(--_brand);
    color: var(--_brand-text);
  }
  .empty {
    margin: auto;
    padding: calc(var(--_space) * 4);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    text-align: center;
  }
  .jump {
    position: absolute;
    inset-block-end: calc(var(--_space) * 3);
    inset-inline: 0;
    margin-inline: auto;
    inline-size: max-content;
    border-radius: var(--_radius-full);
    background: var(--_brand);
    color: var(--_brand-text);
    box-shadow: var(--_shadow-md);
    font-size: var(--_font-size-sm);
  }
  .jump:hover:not(:disabled) {
    background: var(--_brand-hover);
  }
`;
