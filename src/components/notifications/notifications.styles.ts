import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    pointer-events: none;
    z-index: var(--_z-notification);
  }
  [part='region'] {
    display: contents;
  }
  [part='notification'] {
    pointer-events: auto;
  }
`;
