import { css } from 'lit';

export default css`
  :host {
    display: contents;
  }
  [part='prompt'] {
    position: fixed;
    inset-block-end: calc(var(--_space) * 6);
    inset-inline-start: 50%;
    translate: -50% 0;
    z-index: var(--_z-notification);
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    max-inline-size: calc(100vw - var(--_space) * 4);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-radius: var(--_radius-lg);
    background: var(--_bg-raised);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
    box-shadow: var(--_shadow-md);
  }
  :host(:dir(rtl)) [part='prompt'] {
    translate: 50% 0;
  }
  [part='prompt'] svg {
    flex: none;
    font-size: var(--_font-size-lg);
    color: var(--_text-muted);
  }
`;
