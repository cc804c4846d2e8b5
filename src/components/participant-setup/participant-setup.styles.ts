import { css } from 'lit';

export default css`
  :host {
    display: block;
    position: relative;
    inline-size: 100%;
    max-inline-size: var(--rtk-participant-setup-max-width, none);
  }
  [part='audio-visualizer'] {
    position: absolute;
    inset-block-start: calc(var(--_space) * 2);
    inset-inline-end: calc(var(--_space) * 2);
    padding: var(--_space);
    border-radius: var(--_radius-full);
    background: var(--_video-overlay);
  }
`;
