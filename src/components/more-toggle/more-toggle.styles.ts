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
  ::slotted(*) {
    display: block;
  }
  ::slotted([hidden]) {
    display: none;
  }
`;
