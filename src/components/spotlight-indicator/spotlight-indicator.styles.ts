import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-inline-size: 0;
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
    color: var(--_text);
  }
  button,
  [part='status']:not(:empty) {
    margin-block: var(--_space);
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-block-size: 2.25rem;
    padding-block: calc(var(--_space) / 2);
    padding-inline: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-full);
    background: var(--rtk-spotlight-indicator-background, var(--_bg-control));
    color: inherit;
    font: inherit;
    cursor: pointer;
    white-space: nowrap;
    transition: background var(--_motion-fast);
  }
  button:hover {
    background: var(--_bg-control-hover);
  }
  /* On: the brand colour, read from the ARIA state so the two never disagree. */
  button[aria-pressed='true'] {
    border-color: var(--_brand);
    background: var(--rtk-spotlight-indicator-active-background, var(--_brand));
    color: var(--_brand-text);
  }
  [part='icon'] {
    display: inline-flex;
    inline-size: 1.1em;
    block-size: 1.1em;
  }
  [part='icon'] svg {
    inline-size: 100%;
    block-size: 100%;
  }
  [part='status'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part='status']:not(:empty) {
    padding-block: calc(var(--_space) / 2);
    padding-inline: calc(var(--_space) * 1.5);
    border: 1px solid var(--_brand);
    border-radius: var(--_radius-full);
    background: var(--_bg-raised);
  }
`;
