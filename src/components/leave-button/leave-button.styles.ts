import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
  }
  rtk-controlbar-button {
    --rtk-controlbar-button-background: var(--rtk-leave-button-background, var(--_danger));
    --rtk-controlbar-button-background-hover: var(--rtk-leave-button-background, var(--_danger));
    /* White on the default danger red is below 4.5:1; the page background colour passes. */
    --rtk-controlbar-button-color: var(--rtk-leave-button-color, var(--_bg));
  }
  /* Wider than the square controls, so it never reads as a muted microphone (also red). */
  rtk-controlbar-button::part(button) {
    min-inline-size: calc(var(--_space) * 16);
  }
`;
