import { css } from 'lit';

export default css`
  :host {
    display: block;
    position: relative;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 20rem;
    overflow: hidden;
    background: var(--rtk-meeting-background, var(--_bg));
  }
  :host([mode='fixed']) {
    position: fixed;
    inset: 0;
    z-index: var(--rtk-meeting-z-index, 1000);
  }
  [part='screen'] {
    block-size: 100%;
  }
  .in-call {
    display: flex;
    flex-direction: column;
    block-size: 100%;
  }
  rtk-grid {
    flex: 1 1 auto;
    min-block-size: 0;
    padding: calc(var(--_space) * 2);
  }
  rtk-controlbar {
    flex: 0 0 auto;
  }
  [part='notifications'] {
    position: absolute;
    inset-block-start: calc(var(--_space) * 4);
    inset-inline-end: calc(var(--_space) * 4);
    z-index: 1;
  }
`;
