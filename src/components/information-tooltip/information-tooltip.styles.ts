import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    vertical-align: middle;
  }
  [part='button'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: calc(var(--_space) * 6);
    block-size: calc(var(--_space) * 6);
    padding: 0;
    border: none;
    border-radius: var(--_radius-full);
    background: transparent;
    color: var(--rtk-information-tooltip-color, var(--_text-muted));
    font-size: var(--_font-size-md);
    cursor: help;
    transition: color var(--_motion);
  }
  [part='button']:hover {
    color: var(--_text);
  }
`;
