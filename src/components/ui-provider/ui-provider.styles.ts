import { css } from 'lit';

export default css`
  :host {
    display: contents;
  }
  :host([mode]) {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  :host([mode='fixed']) {
    position: fixed;
    inset: 0;
    z-index: var(--rtk-meeting-z-index, 1000);
  }
`;
