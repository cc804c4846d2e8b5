import { css } from 'lit';

export default css`
  :host {
    display: contents;
    color: var(--_text);
    font-family: var(--_font);
  }
  form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    min-inline-size: min(26rem, 80vw);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  select,
  textarea {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size-md);
  }
  textarea {
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .error {
    margin: 0;
    color: var(--_danger);
    font-size: var(--_font-size-sm);
  }
  .note {
    margin: 0;
    color: var(--_text-muted);
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: calc(var(--_space) * 2);
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
  button.primary {
    background: var(--_brand);
    color: var(--_brand-text);
  }
  button:disabled {
    opacity: 0.6;
  }
`;
