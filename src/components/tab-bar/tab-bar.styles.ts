import { css } from 'lit';

export default css`
  :host {
    display: block;
    min-inline-size: 0;
  }
  [part='tablist'] {
    display: flex;
    gap: var(--_space);
    padding: var(--_space);
    overflow: auto;
    /* Tabs that do not fit scroll (wheel, touch, arrow keys; the selected one scrolls into view)
       with no bar drawn under them: Firefox draws even a thin one as a white strip. */
    scrollbar-width: none;
    font-family: var(--_font);
  }
  :host([layout='column']) [part='tablist'] {
    flex-direction: column;
  }
  [part~='tab'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    flex: none;
    /* A tab wider than the strip is cut with an ellipsis, never by the strip's edge. */
    max-inline-size: min(16rem, 100%);
    min-block-size: 2.25rem;
    padding: var(--_space) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--rtk-tab-bar-tab-background, var(--_bg-control));
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size-sm);
    cursor: pointer;
    transition:
      background-color var(--_motion),
      border-color var(--_motion);
  }
  :host([size='sm']) [part~='tab'] {
    padding-inline: calc(var(--_space) * 2);
  }
  [part~='tab']:hover {
    background: var(--_bg-control-hover);
  }
  [part~='tab'][aria-selected='true'] {
    border-color: var(--rtk-tab-bar-active-color, var(--_brand));
    background: var(--rtk-tab-bar-active-background, var(--_bg-control-active));
  }
  [part~='tab'] svg {
    flex: none;
  }
  [part~='tab'][aria-selected='true'] svg {
    color: var(--rtk-tab-bar-active-color, var(--_brand));
  }
  [part='label'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part~='tab']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='tab'] {
      transition: none;
    }
  }
`;
