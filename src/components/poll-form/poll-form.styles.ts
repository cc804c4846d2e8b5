import { css } from 'lit';

export default css`
  :host {
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
  }
  form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    margin: 0;
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius);
    background: var(--rtk-poll-form-background, var(--_bg));
    border: 1px solid var(--_border);
  }
  [part='title'] {
    margin: 0;
    font-size: var(--_font-size-md);
    font-weight: 600;
  }
  [part='summary'] {
    margin: 0;
    color: var(--_danger);
  }
  [part='summary']:empty {
    display: none;
  }
  fieldset {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space);
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  label {
    color: var(--_text-muted);
  }
  .option-row {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  input[type='text'] {
    flex: 1;
    min-inline-size: 0;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 1px solid var(--_text-muted);
    border-radius: var(--_radius-sm);
    background: var(--_bg-raised);
    color: var(--_text);
    font: inherit;
  }
  input[type='text']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  [part='error'] {
    margin: 0;
    color: var(--_danger);
    font-size: var(--_font-size-xs);
  }
  [part='error']:empty {
    display: none;
  }
  .hint {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-xs);
  }
  [part='add-option'] {
    align-self: flex-start;
  }
  [part='submit'] {
    align-self: stretch;
  }
`;
