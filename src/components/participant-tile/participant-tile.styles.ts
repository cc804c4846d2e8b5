import { css } from 'lit';

/** How many avatar colours the tile cycles through. */
export const AVATAR_COLOURS = 8;

export default css`
  :host {
    display: block;
    position: relative;
    aspect-ratio: 16 / 9;
    min-inline-size: 0;
    /* Mid-tone defaults: white initials on each stay above 4.5:1. */
    --_avatar-0: var(--rtk-color-avatar-0, #1d4ed8);
    --_avatar-1: var(--rtk-color-avatar-1, #6d28d9);
    --_avatar-2: var(--rtk-color-avatar-2, #a21caf);
    --_avatar-3: var(--rtk-color-avatar-3, #be185d);
    --_avatar-4: var(--rtk-color-avatar-4, #b91c1c);
    --_avatar-5: var(--rtk-color-avatar-5, #9a3412);
    --_avatar-6: var(--rtk-color-avatar-6, #15803d);
    --_avatar-7: var(--rtk-color-avatar-7, #0e7490);
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
    display: grid;
    place-items: center;
    inline-size: min(40cqmin, 8rem);
    block-size: min(40cqmin, 8rem);
    border-radius: 50%;
    overflow: hidden;
    color: var(--rtk-tile-avatar-color, var(--_video-text));
    font-size: min(16cqmin, 3.2rem);
    font-weight: 600;
    background: var(--_avatar-0);
  }
  [part='avatar'][data-colour='1'] { background: var(--_avatar-1); }
  [part='avatar'][data-colour='2'] { background: var(--_avatar-2); }
  [part='avatar'][data-colour='3'] { background: var(--_avatar-3); }
  [part='avatar'][data-colour='4'] { background: var(--_avatar-4); }
  [part='avatar'][data-colour='5'] { background: var(--_avatar-5); }
  [part='avatar'][data-colour='6'] { background: var(--_avatar-6); }
  [part='avatar'][data-colour='7'] { background: var(--_avatar-7); }
  [part='avatar'] img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  [part='name-tag'] {
    position: absolute;
    inset-block-end: calc(var(--_space) * 2);
    inset-inline-start: calc(var(--_space) * 2);
    display: flex;
    align-items: center;
    gap: var(--_space);
    max-inline-size: calc(100% - var(--_space) * 4);
    padding: var(--_space) calc(var(--_space) * 2);
    border-radius: var(--_radius);
    /* Over video in every theme: a dark backdrop with light text. */
    background: var(--rtk-tile-name-tag-background, var(--_video-overlay));
    color: var(--rtk-tile-name-tag-color, var(--_video-text));
    font-size: 0.8125rem;
  }
  :host([variant='gradient']) [part='name-tag'] {
    background: linear-gradient(
      to top,
      var(--_video-overlay),
      color-mix(in srgb, var(--_video-overlay) 60%, transparent)
    );
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
  [part='name'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part='mic-icon'] {
    display: inline-flex;
    color: var(--_danger);
  }
  [part='pinned-icon'] {
    display: inline-flex;
  }
`;
