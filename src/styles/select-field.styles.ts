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
