import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
  }
  [part='menu'] {
    position: fixed;
    inset: auto;
    margin: 0;
    display: none;
    flex-direction: column;
    align-items: stretch;
    gap: var(--_space);
    min-inline-size: calc(var(--_space) * 48);
    max-block-size: calc(100vh - var(--_space) * 8);
    overflow: auto;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--rtk-more-toggle-menu-background, var(--_bg-raised));
    color: var(--_text);
    box-shadow: var(--_shadow-md);
    z-index: var(--_z-dropdown);
  }
  [part='menu'].open {
    display: flex;
  }
  /* On a phone: a sheet along the bottom of the viewport, above everything. */
  :host([size='sm']) [part='menu'] {
    inset: auto 0 0;
    inline-size: auto;
    max-block-size: 70vh;
    padding-block-end: calc(var(--_space) * 2 + env(safe-area-inset-bottom, 0px));
    border-width: 1px 0 0;
    border-radius: var(--_radius-lg) var(--_radius-lg) 0 0;
    z-index: var(--_z-dialog);
  }
  :host([size='sm']) [part='menu']::backdrop {
    background: var(--_overlay);
  }
  ::slotted(*) {
    display: block;
  }
  ::slotted([hidden]) {
    display: none;
  }
`;
