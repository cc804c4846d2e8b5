import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
    position: relative;
  }
  [part='queue-button'] {
    position: absolute;
    inset-block-start: calc(var(--_space) * -1.5);
    inset-inline-end: calc(var(--_space) * -1.5);
    min-inline-size: calc(var(--_space) * 6);
    block-size: calc(var(--_space) * 6);
    padding: 0 var(--_space);
    border: 0;
    border-radius: var(--_radius-full);
    background: var(--_warning);
    color: var(--_warning-text);
    font: inherit;
    font-size: var(--_font-size-xs);
    font-weight: 600;
    cursor: pointer;
    box-shadow: 0 0 0 2px var(--rtk-controlbar-background, var(--_bg));
  }
  [part='queue-button']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
