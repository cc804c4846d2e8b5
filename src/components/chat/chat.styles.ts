import { css } from 'lit';

export default css`
  :host {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    min-block-size: 0;
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--_font);
  }
  .messages {
    flex: 1;
    min-block-size: 0;
  }
  [part='search-results'] {
    overflow-y: auto;
  }
  [part='search'] {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin-block-start: var(--_space);
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
  }
  [part='search']:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  [part='search-icon'] {
    display: inline-flex;
    color: var(--_text-muted);
  }
  [part='search-input'] {
    flex: 1;
    min-inline-size: 0;
    padding-block: var(--_space);
    border: none;
    outline: none;
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size-sm);
  }
  [part='search-input']::placeholder {
    color: var(--_text-muted);
  }
  [part='composer'] {
    border-block-start: 1px solid var(--_border);
  }
`;
