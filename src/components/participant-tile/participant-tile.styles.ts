import { css } from 'lit';

export default css`
  :host {
    display: block;
    position: relative;
    aspect-ratio: 16 / 9;
    min-inline-size: 0;
  }
  :host([self-hidden]) {
    display: none;
  }
  [part='container'] {
    position: relative;
    inline-size: 100%;
    block-size: 100%;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--rtk-tile-background, var(--_bg-raised));
    container-type: size;
    outline: 3px solid transparent;
    outline-offset: -3px;
    transition: outline-color var(--_motion);
  }
  :host([hand-raised]) [part='container']::after {
    content: '✋';
    position: absolute;
    inset-block-start: calc(var(--_space) * 2);
    left: 50%;
    translate: -50%;
    padding: 0 calc(var(--_space) * 2);
    border-radius: var(--_radius-full);
    background: var(--_warning);
    font-size: var(--_font-size-lg);
    line-height: 1.5;
  }
  :host([speaking]) [part='container'] {
    outline-color: var(--rtk-tile-speaking-color, var(--_brand));
  }
  video {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    background: var(--rtk-tile-background, var(--_bg-raised));
  }
  /* Your own view shows the whole frame, as in the setup preview: never cropped differently. */
  video.self {
    object-fit: contain;
  }
  video[hidden] {
    display: none;
  }
  /* The self view mirrors like a mirror in every language: a physical flip, not RTL-aware. */
  video.mirror {
    transform: scaleX(-1);
  }
  [part='avatar'] {
    position: absolute;
    inset: 0;
    margin: auto;
    --rtk-avatar-size: min(40cqmin, 8rem);
    font-size: min(16cqmin, 3.2rem);
    font-weight: 600;
  }
  [part='name-tag'] {
    position: absolute;
    inset-block-end: calc(var(--_space) * 2);
    inset-inline-start: calc(var(--_space) * 2);
    max-inline-size: calc(100% - var(--_space) * 4);
  }
  :host([name-tag-position^='top']) [part='name-tag'] {
    inset-block: calc(var(--_space) * 2) auto;
  }
  :host([name-tag-position$='right']) [part='name-tag'] {
    inset-inline: auto calc(var(--_space) * 2);
  }
  :host([name-tag-position$='center']) [part='name-tag'] {
    inset-inline-start: 50%;
    translate: -50% 0;
  }
  /* Inline start is the right edge in RTL, so centring moves the other way. */
  :host([name-tag-position$='center']:dir(rtl)) [part='name-tag'] {
    translate: 50% 0;
  }
  [part='network-indicator'] {
    position: absolute;
    inset-block-start: calc(var(--_space) * 2);
    inset-inline-start: calc(var(--_space) * 2);
    color: var(--_video-text);
  }
  :host([name-tag-position^='top']) [part='network-indicator'] {
    inset-block: auto calc(var(--_space) * 2);
  }
  slot:not([name]) {
    display: block;
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  ::slotted(*) {
    pointer-events: auto;
  }
  [part='menu'] {
    position: absolute;
    inset-block-start: calc(var(--_space) * 2);
    inset-inline-end: calc(var(--_space) * 2);
  }
  [part='menu-button'] {
    display: inline-grid;
    place-items: center;
    inline-size: calc(var(--_space) * 8);
    block-size: calc(var(--_space) * 8);
    padding: 0;
    border: 0;
    border-radius: var(--_radius-full);
    background: var(--_video-overlay);
    color: var(--_video-text);
    font-size: var(--_font-size-md);
    cursor: pointer;
    opacity: 0;
    transition: opacity var(--_motion);
  }
  /* Shown while the pointer is over the tile, while anything in it has focus, and on touch screens. */
  :host(:hover) [part='menu-button'],
  [part='container']:focus-within [part='menu-button'],
  [part='menu-button'][aria-expanded='true'] {
    opacity: 1;
  }
  @media (hover: none) {
    [part='menu-button'] {
      opacity: 1;
    }
  }
`;
