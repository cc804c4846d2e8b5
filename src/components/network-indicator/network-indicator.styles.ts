import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
  }
  [part='icon'] {
    display: inline-flex;
    padding: calc(var(--_space) / 2);
    border-radius: var(--_radius);
    background: var(--_video-overlay);
  }
  .weak {
    color: var(--rtk-network-indicator-weak-color, var(--_warning));
  }
  .poor {
    color: var(--rtk-network-indicator-poor-color, var(--_danger));
  }
`;
