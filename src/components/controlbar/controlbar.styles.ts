import { css } from 'lit';

export default css`
  :host {
    background: var(--rtk-controlbar-background, var(--_bg));
  }
  [part='container'],
  .defaults {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
  }
  [part='container'] {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
  }
`;
