import { css } from 'lit';

export default css`
  :host {
    display: block;
    position: relative;
    min-inline-size: 0;
    min-block-size: 0;
    inline-size: 100%;
    block-size: 100%;
  }
  [part='container'] {
    position: relative;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 8rem;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--rtk-screenshare-background, var(--_bg-raised));
    color: var(--_text);
    font-family: var(--_font);
  }
  :host(:fullscreen) [part='container'] {
    border-radius: 0;
  }
  video {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  :host([fit='fill']) video {
    object-fit: cover;
  }
  [part='controls'] {
    position: absolute;
    inset-block-start: calc(var(--_space) * 2);
    inset-inline-end: calc(var(--_space) * 2);
    display: flex;
    gap: var(--_space);
    opacity: 0;
    transition: opacity var(--_motion);
  }
  [part='container']:hover [part='controls'],
  [part='controls']:focus-within,
  :host(:fullscreen) [part='controls'] {
    opacity: 1;
  }
  @media (hover: none) {
    [part='controls'] {
      opacity: 1;
    }
  }
  /* The page's own content (default slot): over the screen, at its top start corner. */
  ::slotted(*) {
    position: absolute;
    inset-block-start: calc(var(--_space) * 2);
    inset-inline-start: calc(var(--_space) * 2);
  }
  [part='name-tag'] {
    position: absolute;
    display: flex;
    align-items: center;
    gap: var(--_space);
    max-inline-size: calc(100% - var(--_space) * 4);
    padding: var(--_space) calc(var(--_space) * 2);
    border-radius: var(--_radius-sm);
    background: var(--rtk-screenshare-name-tag-background, var(--_video-overlay));
    color: var(--rtk-screenshare-name-tag-color, var(--_video-text));
    font-size: var(--_font-size-sm);
    inset-block-end: calc(var(--_space) * 2);
    inset-inline-start: calc(var(--_space) * 2);
  }
  :host([name-tag-position^='top']) [part='name-tag'] {
    inset-block-start: calc(var(--_space) * 2);
    inset-block-end: auto;
  }
  :host([name-tag-position$='right']) [part='name-tag'] {
    inset-inline-start: auto;
    inset-inline-end: calc(var(--_space) * 2);
  }
  :host([name-tag-position$='center']) [part='name-tag'] {
    inset-inline-start: 50%;
    translate: -50% 0;
  }
  :host([name-tag-position$='center']:dir(rtl)) [part='name-tag'] {
    translate: 50% 0;
  }
  :host([variant='gradient']) [part='name-tag'] {
    background: linear-gradient(to top, var(--_video-overlay), transparent);
  }
  [part='name'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part='self-notice'] {
    display: grid;
    place-content: center;
    justify-items: center;
    gap: calc(var(--_space) * 2);
    inline-size: 100%;
    block-size: 100%;
    padding: calc(var(--_space) * 4);
    text-align: center;
  }
  [part='self-notice'] > svg {
    font-size: 2.5rem;
    color: var(--_brand);
  }
  [part='self-notice'] strong {
    font-size: var(--_font-size-lg);
  }
  [part='self-notice'] p {
    margin: 0;
    max-inline-size: 32rem;
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  @media (prefers-reduced-motion: reduce) {
    [part='controls'] {
      transition: none;
    }
  }
`;
