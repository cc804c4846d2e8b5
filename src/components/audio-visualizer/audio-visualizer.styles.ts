import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 1.25em;
    block-size: 1.25em;
    font-size: var(--_font-size-sm);
  }
  :host([size='lg']),
  :host([size='xl']) {
    font-size: var(--_font-size-md);
  }
  [part='canvas'] {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.15em;
    inline-size: 100%;
    block-size: 100%;
  }
  [part='bar'] {
    inline-size: 0.2em;
    block-size: 100%;
    border-radius: var(--_radius-full);
    background: var(--rtk-audio-visualizer-color, var(--_brand));
    transform-origin: center;
    /* Only the transform changes with the level: no layout, just compositing. */
    transform: scaleY(calc(0.25 + 0.75 * var(--rtk-audio-level, 0)));
  }
  [part='bar']:nth-child(2) {
    transform: scaleY(calc(0.25 + 0.75 * min(1, var(--rtk-audio-level, 0) * 1.6)));
  }
  [part='mic-off-icon'] {
    display: inline-flex;
    color: var(--rtk-audio-visualizer-muted-color, var(--_danger));
  }
  @media (prefers-reduced-motion: no-preference) {
    [part='bar'] {
      transition: transform var(--_motion-fast);
    }
  }
`;
