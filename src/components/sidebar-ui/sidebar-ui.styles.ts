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
  /* The tabs, then "More" right after them when some are folded. */
  .row {
    display: flex;
    flex: 1 1 auto;
    align-items: center;
    gap: calc(var(--_space) * 2);
    min-inline-size: 0;
  }
  [part='tabs'] {
    position: relative;
    display: flex;
    flex: 0 1 auto;
    gap: calc(var(--_space) * 0.5);
    min-inline-size: 0;
  }
  /* Until the tabs are first measured (one frame) they are transparent, so they never show cut
     off; still focusable. */
  .row[data-measuring] [part='tabs'] {
    opacity: 0;
  }
  /* Folded into "More": out of the row and unseen, but still measured. */
  [part~='tab'][data-folded] {
    position: absolute;
    inset-inline-start: 0;
    max-inline-size: none;
    visibility: hidden;
  }
  [part~='tab'],
  [part='more-tabs'] {
    flex: 0 0 auto;
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    border: 0;
    border-radius: var(--_radius);
    padding-block: calc(var(--_space) * 1.5);
    /* Four English tabs and the close button fit the default 22rem; longer names fold. */
    padding-inline: calc(var(--_space) * 2);
    background: transparent;
    color: var(--_text-muted);
    font: inherit;
    font-size: var(--_font-size-sm);
    cursor: pointer;
    transition: background var(--_motion), color var(--_motion);
  }
  [part='more'] {
    flex: none;
  }
  /* Until the menu is loaded its items are not shown in the row. */
  [part='more']:not(:defined) > rtk-menu-item {
    display: none;
  }
  [part='more-tabs'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
  }
  [part='more-tabs'] svg {
    flex: none;
  }
  [part~='tab']:hover,
  [part='more-tabs']:hover {
    background: var(--_bg-control-hover);
    color: var(--_text);
  }
  [part~='tab'][aria-selected='true'] {
    background: var(--_bg-control);
    color: var(--_text);
    font-weight: 600;
  }
  [part~='tab']:focus-visible,
  [part='more-tabs']:focus-visible {

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
    /* Room for rtk-meeting's notifications when they show at the bottom of this panel. */
    padding-block-end: var(--_toasts, 0);
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
