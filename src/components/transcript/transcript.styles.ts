import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  [part='line'] {
    display: inline;
    margin: 0;
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 2);
    border-radius: var(--_radius-sm);
    background: var(--_video-overlay);
    color: var(--_video-text);
    font-family: var(--_font);
    font-size: var(--rtk-caption-font-size, var(--_font-size-lg));
    line-height: 1.5;
    /* Each wrapped row keeps its own padded box. */
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
    overflow-wrap: anywhere;
  }
  [part='name'] {
    font-weight: 700;
    margin-inline-end: 0.5ch;
  }
`;
