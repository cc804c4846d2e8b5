import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    vertical-align: middle;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex-shrink: 0;
    color: var(--rtk-spinner-color, currentColor);
  }
  :host([size='sm']) {
    inline-size: 1rem;
    block-size: 1rem;
  }
  :host([size='lg']) {
    inline-size: 2rem;
    block-size: 2rem;
  }
  :host([size='xl']) {
    inline-size: 3rem;
    block-size: 3rem;
  }
  [part='spinner'] {
    display: inline-flex;
    inline-size: 100%;
    block-size: 100%;
    animation: spin var(--rtk-spinner-duration, 800ms) linear infinite;
  }
  svg {
    inline-size: 100%;
    block-size: 100%;
  }
  @media (prefers-reduced-motion: reduce) {
    /* Still shows that something is happening, without the fast spin. */
    [part='spinner'] {
      animation: pulse 2s ease-in-out infinite;
    }
  }
  @keyframes spin {
    to {
      rotate: 360deg;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.4;
    }
  }
`;
