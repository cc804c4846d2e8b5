import { css } from 'lit';

export default css`
  :host {
    display: block;
    background: var(--_bg-raised);
    min-inline-size: 0;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
  }
  [part~='container'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    min-block-size: 0;
  }
  [part~='search'] {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-control);
  }
  [part~='search-icon'] {
    display: inline-flex;
    color: var(--_text-muted);
  }
  [part~='search-icon'] svg {
    inline-size: 1.1em;
    block-size: 1.1em;
  }
  [part~='search-input'] {
    flex: 1;
    min-inline-size: 0;
    padding-block: calc(var(--_space) * 2);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
  }
  [part~='search-input']:focus-visible {
    outline: none;
  }
  [part~='search']:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .count {
    color: var(--_text-muted);
    margin-inline-end: auto;
  }
  label {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    cursor: pointer;
  }
  input[type='checkbox'] {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
    accent-color: var(--_brand);
  }
  [part~='participants'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
    overflow: auto;
  }
  li {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
    cursor: grab;
  }
  li:hover {
    background: var(--_bg-control-hover);
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .empty {
    margin: 0;
    color: var(--_text-muted);
  }
`;
