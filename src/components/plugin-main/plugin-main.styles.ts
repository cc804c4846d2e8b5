import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 0;
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--_font);
  }
  [part='header'] {
    flex: none;
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-inline-size: 0;
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_bg-raised);
    font-size: var(--_font-size-sm);
  }
  .icon,
  [part='header'] > svg {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border-radius: var(--_radius-sm);
    background: var(--_brand);
    padding: 2px;
    box-sizing: border-box;
  }
  .name {
    font-weight: 600;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part='view-only'] {
    flex: none;
    padding: 0 var(--_space);
    border-radius: var(--_radius-full);
    background: var(--_warning);
    color: var(--_warning-text);
    font-size: var(--_font-size-xs);
    line-height: 1.6;
  }
  .actions {
    display: flex;
    gap: calc(var(--_space) / 2);
    margin-inline-start: auto;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) / 2);
    min-inline-size: 2.25rem;
    min-block-size: 2.25rem;
    padding: 0 calc(var(--_space) / 2);
    border: none;
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  button:hover {
    background: var(--_bg-control-hover);
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  button svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  [part='content'] {
    position: relative;
    flex: 1 1 0;
    min-block-size: 0;
    display: flex;
    flex-direction: column;
  }
  [part='content'] > :not(.shield, .note) {
    flex: 1 1 0;
    min-block-size: 0;
  }
  .shield {
    position: absolute;
    inset: 0;
  }
  .note {
    margin: auto;
    padding: calc(var(--_space) * 2);
    max-inline-size: 32rem;
    text-align: center;
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  .note p {
    margin: 0 0 var(--_space);
  }
`;
