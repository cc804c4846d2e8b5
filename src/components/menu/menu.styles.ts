import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
    position: relative;
  }
  [part='trigger'] {
    display: inline-block;
  }
  [part='menu-list'] {
    display: none;
    position: fixed;
    inset: auto;
    inset-block-start: 0;
    inset-inline-start: 0;
    margin: 0;
    padding: 0;
    max-inline-size: calc(100vw - var(--_space) * 4);
    max-block-size: calc(100vh - var(--_space) * 4);
    overflow: auto;
    border: 1px solid var(--rtk-menu-border-color, var(--_border));
    border-radius: var(--_radius-lg);
    background: var(--rtk-menu-background, var(--_bg-raised));
    color: var(--_text);
    box-shadow: var(--_shadow-lg);
    z-index: var(--_z-dropdown);
    font-family: var(--_font);
  }
  [part='menu-list'].open {
    display: block;
    animation: appear var(--_motion) ease-out;
  }
  [part='menu-list'].bare {
    padding: var(--_space);
  }
  @keyframes appear {
    from {
      translate: 0 -4px;
    }
  }
`;
