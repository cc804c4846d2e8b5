import { css } from 'lit';

export default css`
  :host {
    display: block;
    min-block-size: 0;
  }
  :host([view='full-screen']) {
    position: absolute;
    inset: 0;
    z-index: var(--rtk-sidebar-z-index, var(--_z-dropdown));
    background: var(--_bg);
  }
  rtk-sidebar-ui {
    block-size: 100%;
  }
  :host([persistent]) rtk-sidebar-ui {
    inline-size: 100%;
  }
`;
