import { css } from 'lit';

export default css`
  :host {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    /* Its width is its container's (alone too): the avatar scales with it. */
    container-type: inline-size;
    min-inline-size: 7.5rem;
    --_level: var(--rtk-audio-level, 0);
    /*
     * The avatar grows with the tile: half its width, and short enough to leave room for the
     * ring and the name below when the box around it (the audio grid's cell) has a height.
     */
    --_avatar: var(
      --rtk-audio-tile-avatar-size,
      clamp(2rem, min(50cqi, 100cqb - 4.25rem), 15rem)
    );
  }
  :host([hidden]) {
    display: none !important;
  }
  [part='container'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius-lg);
    background: var(--rtk-audio-tile-background, var(--_bg-raised));
    color: var(--_text);
    font-family: var(--_font);
    inline-size: 100%;
    block-size: 100%;
    overflow: hidden;
    transition: box-shadow var(--_motion-fast);
  }
  [part='avatar-ring'] {
    position: relative;
    flex: none;
    margin: 0.5rem;
    border-radius: var(--_radius-full);
    /* The speaking ring: drawn outside the avatar, so it never covers a face or initials. */
    outline: 0.3125rem solid transparent;
    outline-offset: 0.125rem;
    transition: outline-color var(--_motion-fast);
  }
  /* Speaking: the tile's edge lights up too, so it shows from across the room. */
  :host([speaking]) [part='container'] {
    box-shadow: inset 0 0 0 2px var(--rtk-audio-tile-speaking-color, var(--_brand));
  }
  :host([speaking]) [part='avatar-ring'] {
    outline-color: var(--rtk-audio-tile-speaking-color, var(--_brand));
    /* The ring grows with the level, drawn by the compositor: no re-render. */
    outline-offset: calc(0.125rem + var(--_level) * 0.25rem);
  }
  rtk-avatar {
    --rtk-avatar-size: var(--_avatar);
    /* Initials scale with the avatar (outer styles win over the avatar's own font size). */
    font-size: calc(var(--_avatar) * 0.36);
  }
  /* Muted: a round badge on the avatar's lower end corner, ringed in the tile's colour. */
  [part='mic-icon'] {
    position: absolute;
    inset-block-end: 0;
    inset-inline-end: 0;
    display: grid;
    place-items: center;
    inline-size: clamp(1.5rem, calc(var(--_avatar) * 0.3), 2.5rem);
    block-size: clamp(1.5rem, calc(var(--_avatar) * 0.3), 2.5rem);
    padding: 0.3rem;
    border-radius: var(--_radius-full);
    background: var(--rtk-audio-tile-muted-background, var(--_danger));
    color: var(--rtk-audio-tile-muted-color, var(--_danger-text));
    box-shadow: 0 0 0 0.1875rem var(--rtk-audio-tile-background, var(--_bg-raised));
  }
  [part='mic-icon'] svg {
    inline-size: 100%;
    block-size: 100%;
  }
  [part='name-tag'] {
    display: flex;
    align-items: center;
    justify-content: center;
    max-inline-size: 100%;
    font-size: var(--_font-size-sm);
  }
  /* A large tile has a larger name. */
  @container (min-width: 15rem) {
    [part='name-tag'] {
      font-size: var(--_font-size-md);
    }
  }
  [part='name'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    [part='avatar-ring'] {
      transition: none;
    }
    :host([speaking]) [part='avatar-ring'] {
      outline-offset: 0.125rem;
    }
  }
`;
