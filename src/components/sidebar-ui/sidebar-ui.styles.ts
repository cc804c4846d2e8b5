import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    block-size: 100%;
    inline-size: var(--rtk-sidebar-width, 22rem);
    max-inline-size: 100%;
    background: var(--rtk-sidebar-background, var(--_bg-raised));
    color: var(--_text);
    font-family: var(--_font);
    border-radius: var(--_radius-lg);
    box-shadow: var(--_shadow-md);
    overflow: hidden;
  }
  :host([view='full-screen']) {
    inline-size: 100%;
    border-radius: 0;
    box-shadow: none;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-block-size: 0;
  }
  [part='header'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding-block: calc(var(--_space) * 2);
    padding-inline: calc(var(--_space) * 3) calc(var(--_space) * 2);
    border-block-end: 1px solid var(--_border);
  }
  [part='tabs'] {
    display: flex;
    flex: 1 1 auto;
    gap: calc(var(--_space) * 0.5);
    min-inline-size: 0;
    overflow-x: auto;
  }
  [part~='tab'] {
    flex: 0 0 auto;
    border: 0;
    border-radius: var(--_radius);
    padding-block: calc(var(--_space) * 1.5);
    /* Four tabs and the close button fit the default 22rem. */
    padding-inline: calc(var(--_space) * 2.5);
    background: transparent;
    color: var(--_text-muted);
    font: inherit;
    font-size: var(--_font-size-sm);
    cursor: pointer;
    transition: background var(--_motion), color var(--_motion);
  }
  [part~='tab']:hover {
    background: var(--_bg-control-hover);
    color: var(--_text);
  }
  [part~='tab'][aria-selected='true'] {
    background: var(--_bg-control);
    color: var(--_text);
    font-weight: 600;
  }
  [part~='tab']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='title'] {
    flex: 1 1 auto;
    margin: 0;
    font-size: var(--_font-size-md);
    font-weight: 600;
  }
  [part='close'] {
    flex: 0 0 auto;
    margin-inline-start: auto;
  }
  [part='panel'] {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-block-size: 0;
    overflow: auto;
  }
  ::slotted(*) {
    flex: 1 1 auto;
    min-block-size: 0;
  }
`;
