import { css } from 'lit';

export default css`
  :host {
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
  }
  [part~='room'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    transition: border-color var(--_motion), background var(--_motion);
  }
  [part~='room'].drop {
    border-style: dashed;
    border-color: var(--_brand);
    background: var(--_bg-control);
  }
  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .actions {
    display: flex;
    align-items: center;
    gap: var(--_space);
    flex: none;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    min-block-size: 2rem;
    padding: var(--_space) calc(var(--_space) * 2.5);
    border: 0;
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  button:hover {
    background: var(--_bg-control-hover);
  }
  button svg {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
  }
  button.icon {
    inline-size: 2rem;
    padding: 0;
    background: transparent;
  }
  button.icon:hover {
    background: var(--_bg-control-hover);
  }
  .expand {
    flex: 1 1 9rem;
    justify-content: flex-start;
    min-inline-size: 0;
    background: transparent;
    padding-inline: var(--_space);
  }
  [part~='title'] {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .count {
    color: var(--_text-muted);
    white-space: nowrap;
  }
  .join {
    background: var(--_brand);
    color: var(--_brand-text);
  }
  .join:hover {
    background: var(--_brand-hover);
  }
  .move-here {
    align-self: stretch;
    border: 1px dashed var(--_brand);
    background: transparent;
  }
  .rename-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    flex: 1;
    min-inline-size: 0;
  }
  input.rename {
    flex: 1;
    min-inline-size: 8rem;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
    color: inherit;
    font: inherit;
  }
  input.rename[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .error {
    flex-basis: 100%;
    margin: 0;
    color: var(--_danger);
  }
  [part~='participants'] {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding-inline-start: calc(var(--_space) * 2);
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
  }
  li[draggable='true'] {
    cursor: grab;
  }
  .pick {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    min-inline-size: 0;
    min-block-size: 2rem;
    cursor: pointer;
  }
  input[type='checkbox'] {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
    flex: none;
    accent-color: var(--_brand);
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .empty,
  .hint {
    margin: 0;
    padding-inline: var(--_space);
    color: var(--_text-muted);
  }
`;
