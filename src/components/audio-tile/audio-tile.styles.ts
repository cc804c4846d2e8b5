import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_level: var(--rtk-audio-level, 0);
  }
  :host([hidden]) {
    display: none !important;
  }
  [part='container'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius-lg);
    background: var(--rtk-audio-tile-background, var(--_bg-raised));
    color: var(--_text);
    font-family: var(--_font);
    inline-size: 100%;
    block-size: 100%;
    justify-content: center;
  }
  [part='avatar-ring'] {
    position: relative;
    border-radius: var(--_radius-full);
    outline: 3px solid transparent;
    outline-offset: 3px;
    transition: outline-color var(--_motion-fast);
  }
  :host([speaking]) [part='avatar-ring'] {
    outline-color: var(--rtk-audio-tile-speaking-color, var(--_brand));
    /* The ring grows with the level, drawn by the compositor: no re-render. */
    outline-offset: calc(3px + var(--_level) * 6px);
  }
  rtk-avatar {
    --rtk-avatar-size: var(--rtk-audio-tile-avatar-size, 4rem);
  }
  [part='name-tag'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    max-inline-size: 100%;
    font-size: var(--_font-size-sm);
  }
  [part='name'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part='mic-icon'] {
    display: inline-flex;
    color: var(--_danger-text);
    inline-size: 1em;
    block-size: 1em;
  }
  [part='mic-icon'] svg {
    inline-size: 100%;
    block-size: 100%;
  }
  @media (prefers-reduced-motion: reduce) {
    [part='avatar-ring'] {
      transition: none;
    }
    :host([speaking]) [part='avatar-ring'] {
      outline-offset: 3px;
    }
  }
`;
