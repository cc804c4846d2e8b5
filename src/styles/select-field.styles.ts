import { css } from 'lit';

/** A labelled `<select>` with a status line under it: the device selectors, the language picker. */
export const selectField = css`
  [part='label'] {
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }
  select {
    inline-size: 100%;
    min-inline-size: 0;
    padding-block: calc(var(--_space) * 1.5);
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size-md);
    cursor: pointer;
    transition: border-color var(--_motion-fast);
    /* Drawn by the kit, not the platform: WebKitGTK's native list is light whatever the theme
       (light text on white). The arrow: two gradients, at the end in either direction. */
    appearance: none;
    padding-inline-end: calc(var(--_space) * 2 + 1.25em);
    background-image:
      linear-gradient(45deg, transparent 50%, currentColor 50%),
      linear-gradient(135deg, currentColor 50%, transparent 50%);
    background-position:
      calc(100% - var(--_space) * 2 - 0.4em) 55%,
      calc(100% - var(--_space) * 2) 55%;
    background-size: 0.4em 0.4em;
    background-repeat: no-repeat;
  }
  select:dir(rtl) {
    background-position:
      calc(var(--_space) * 2) 55%,
      calc(var(--_space) * 2 + 0.4em) 55%;
  }
  select:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  select:hover {
    border-color: var(--_brand);
  }
  select[aria-busy='true'] {
    cursor: progress;
  }
  [part='status'] {
    margin: 0;
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }
`;
