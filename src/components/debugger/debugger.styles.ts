import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    min-inline-size: 0;
    font-family: var(--_font);
    color: var(--_text);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  [part~='menu'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  [part~='tab'],
  .actions button {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    min-block-size: 2.25rem;
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2.5);
    border: none;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text-muted);
    font: inherit;
    font-size: var(--_font-size-md);
    cursor: pointer;
    transition: background-color var(--_motion-fast);
  }
  [part~='tab']:hover,
  .actions button:hover {
    background: var(--_bg-control-hover);
    color: var(--_text);
  }
  [part~='tab'][aria-selected='true'] {
    background: var(--_bg-control);
    color: var(--_text);
    box-shadow: inset 0 -3px 0 var(--_brand);
  }
  .actions button {
    background: var(--_bg-control);
    color: var(--_text);
  }
  svg {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    flex: none;
  }
  .pick {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
    min-inline-size: 0;
  }
  select {
    min-inline-size: 0;
    max-inline-size: 14rem;
    min-block-size: 2.25rem;
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size-md);
  }
  [part='main-content'] {
    min-inline-size: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .message {
    margin: 0;
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }
  .message.error {
    color: var(--_danger-text);
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='tab'],
    .actions button {
      transition: none;
    }
  }
`;
