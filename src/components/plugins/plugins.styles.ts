import { css } from 'lit';

export default css`
  :host {
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
  }
  [part='list'] {
    list-style: none;
    margin: 0;
    padding: var(--_space);
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  [part='plugin'] {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
  }
  [part='plugin'].open {
    box-shadow: inset 3px 0 0 var(--_brand);
  }
  :host(:dir(rtl)) [part='plugin'].open {
    box-shadow: inset -3px 0 0 var(--_brand);
  }
  .icon {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    border-radius: var(--_radius-sm);
    background: var(--_brand);
    color: var(--_brand-text);
  }
  .icon img,
  .icon svg {
    inline-size: 1.375rem;
    block-size: 1.375rem;
  }
  .text {
    flex: 1 1 auto;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .state,
  .hint {
    color: var(--_text-muted);
    font-size: var(--_font-size-xs);
  }
  .actions {
    flex: none;
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: calc(var(--_space) / 2);
  }
  button {
    min-block-size: 2rem;
    padding: 0 var(--_space);
    border: none;
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button:hover {
    background: var(--_bg-control-hover);
  }
  button.start {
    background: var(--_brand);
    color: var(--_brand-text);
  }
  button.start:hover {
    background: var(--_brand-hover);
  }
  button.stop {
    background: var(--_danger);
    color: var(--_danger-text);
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  [part='empty'] {
    margin: 0;
    padding: calc(var(--_space) * 2);
    color: var(--_text-muted);
    text-align: center;
  }
`;
