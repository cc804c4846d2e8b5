import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    position: relative;
    min-inline-size: 0;
    min-block-size: 0;
    padding: var(--rtk-stage-padding, calc(var(--_space) * 2));
    background: var(--rtk-stage-background, transparent);
  }
  [part='content'] {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-block-size: 0;
  }
  ::slotted(*) {
    flex: 1 1 auto;
    min-block-size: 0;
  }
`;
