import { css } from 'lit';

export default css`
  :host {
    display: contents;
  }
  [part='prompt'] {
    position: fixed;
    /* Centred with the whole width to wrap in (a left of 50% left it half the viewport). The
       prompt module sets the end inset above the control bar. */
    inset-block-end: calc(var(--_space) * 6);
    inset-inline: 0;
    margin-inline: auto;
    inline-size: fit-content;
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
  [part='prompt'] svg {
    flex: none;
    font-size: var(--_font-size-lg);
    color: var(--_text-muted);
  }
`;
