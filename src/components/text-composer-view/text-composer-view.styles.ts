import { css } from 'lit';

export default css`
  :host {
    background: var(--_bg);
    --_max-lines: var(--rtk-text-composer-max-lines, 6);
  }
  [part='chat-input-container'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1);
  }
  [part='chat-input'] {
    display: block;
    inline-size: 100%;
    min-block-size: calc(1.4em + var(--_space) * 4);
    max-block-size: calc(var(--_max-lines) * 1.4em + var(--_space) * 4);
    field-sizing: content;
    resize: none;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    font-family: var(--_font);
    font-size: var(--_font-size-md);
    line-height: 1.4;
    overflow-y: auto;
    transition: border-color var(--_motion);
  }
  [part='chat-input']::placeholder {
    color: var(--_text-muted);
  }
  [part='chat-input'][aria-invalid='true'] {
    border-color: var(--_danger);
  }
  [part='chat-input']:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  [part='warning-indicator'] {
    align-self: flex-end;
    color: var(--_text-muted);
    font-size: var(--_font-size-xs);
  }
  [part='warning-indicator'].over {
    color: var(--_danger-text);
  }
  @media (prefers-reduced-motion: reduce) {
    [part='chat-input'] {
      transition: none;
    }
  }
`;
