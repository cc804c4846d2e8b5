import { css } from 'lit';

export default css`
  :host {
    display: block;
    background: var(--_bg-raised);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
    min-inline-size: min(42rem, 100%);
  }
  [part~='menu'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }
  h3 {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: var(--_font-size-sm);
    font-weight: 600;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(12rem, 1fr) minmax(14rem, 1.4fr);
    gap: calc(var(--_space) * 4);
    align-items: start;
  }
  :host([size='sm']) .columns {
    grid-template-columns: 1fr;
  }
  .rooms {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    min-inline-size: 0;
  }
  .setup {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 3);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    color: var(--_text-muted);
  }
  .field.inline {
    flex-direction: row;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  input,
  select {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
  }
  input[type='number'] {
    inline-size: 6rem;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding-block-start: calc(var(--_space) * 3);
    border-block-start: 1px solid var(--_border);
  }
  .grow {
    flex: 1;
  }
  button {
    min-block-size: 2.25rem;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 3);
    border: 0;
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: var(--_bg-control-hover);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  button.primary {
    background: var(--_brand);
    color: var(--_brand-text);
  }
  button.primary:hover:not(:disabled) {
    background: var(--_brand-hover);
  }
  button.danger {
    background: var(--_danger);
    color: var(--_danger-text);
  }
  button.add {
    border: 1px dashed var(--_border);
    background: transparent;
  }
  .note,
  .where,
  .timer {
    margin: 0;
  }
  .note {
    color: var(--_text-muted);
  }
  .where,
  .timer {
    font-weight: 600;
  }
`;
