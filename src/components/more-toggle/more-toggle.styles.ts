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
  /* On a phone: the menu dims the whole page (a tap there closes it) and .sheet is a sheet
     along the bottom, above everything. */
  :host([size='sm']) [part='menu'] {
    inset: 0;
    inline-size: auto;
    block-size: auto;
    max-block-size: none;
    justify-content: flex-end;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: var(--_overlay);
  }
  /* Outside a phone the sheet is only a wrapper; so is a page's <div slot="more-elements"> around
     its items (and a div in expanded): their children are rows of the menu. */
  .sheet,
  ::slotted(div[slot]:not([hidden])) {
    display: contents;
  }
  :host([size='sm']) .sheet {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-block-size: 70vh;
    overflow: auto;
    padding: calc(var(--_space) * 2);
    padding-block-end: calc(var(--_space) * 2 + env(safe-area-inset-bottom));
    border-block-start: 1px solid var(--_border);
    border-radius: var(--_radius-lg) var(--_radius-lg) 0 0;
    background: var(--rtk-more-toggle-menu-background, var(--_bg-raised));
  }
  ::slotted(*) {
    display: block;
  }
  ::slotted([hidden]) {
    display: none;
  }
`;
