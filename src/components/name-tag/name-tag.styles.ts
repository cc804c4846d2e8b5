import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-inline-size: 0;
    max-inline-size: 100%;
    padding: var(--_space) calc(var(--_space) * 2);
    border-radius: var(--_radius);
    /* Over video in every theme: a dark backdrop with light text. */
    background: var(--rtk-name-tag-background, var(--_video-overlay));
    color: var(--rtk-name-tag-color, var(--_video-text));
    font-size: var(--_font-size-sm);
  }
  :host([variant='gradient']) {
    background: linear-gradient(
      to top,
      var(--_video-overlay),
      color-mix(in srgb, var(--_video-overlay) 60%, transparent)
    );
  }
  [part='name'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part='mic-icon'],
  [part='pinned-icon'],
  [part='host-badge'] {
    display: inline-flex;
    flex-shrink: 0;
  }
  [part='mic-icon'] {
    color: var(--_danger);
  }
  :host(:not([muted])) [part='mic-icon'] {
    display: none;
  }
  [part='host-badge'] {
    color: var(--_warning);
  }
`;
