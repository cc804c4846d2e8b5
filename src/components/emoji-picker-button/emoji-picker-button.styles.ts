import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
  }
  [part='button'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: calc(var(--_space) * 9);
    block-size: calc(var(--_space) * 9);
    padding: 0;
    border: none;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font-size: var(--_font-size-lg);
    cursor: pointer;
    transition: background-color var(--_motion);
  }
  [part='button']:hover:not(:disabled),
  :host([is-active]) [part='button'] {
    background: var(--_bg-control-hover);
  }
  [part='button']:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  @media (prefers-reduced-motion: reduce) {
    [part='button'] {
      transition: none;
    }
  }
`;
