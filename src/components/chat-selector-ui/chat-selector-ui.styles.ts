import { css } from 'lit';

export default css`
  :host {
    color: var(--_text);
    background: var(--_bg-raised);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
  }
  .search {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
    color: var(--_text-muted);
  }
  [part='search-input'] {
    flex: 1;
    min-inline-size: 0;
    padding-block: calc(var(--_space) * 1.5);
    border: none;
    background: transparent;
    color: var(--_text);
    font: inherit;
  }
  [part='search-input']:focus-visible {
    outline: none;
  }
  .search:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  ul {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
    max-block-size: calc(var(--_space) * 70);
    overflow-y: auto;
  }
  [part~='group'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    inline-size: 100%;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: none;
    border-radius: var(--_radius-sm);
    background: transparent;
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  [part~='group']:hover {
    background: var(--_bg-control-hover);
  }
  [part~='group'][aria-current='true'] {
    background: var(--_bg-control-active);
    font-weight: 600;
  }
  .name {
    flex: 1;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .badge {
    min-inline-size: 1.5em;
    padding: 0 calc(var(--_space) * 1.5);
    border-radius: var(--_radius-full);
    background: var(--_brand);
    color: var(--_brand-text);
    font-size: var(--_font-size-xs);
    text-align: center;
  }
  .empty {
    margin: 0;
    padding: calc(var(--_space) * 3);
    color: var(--_text-muted);
  }
`;
