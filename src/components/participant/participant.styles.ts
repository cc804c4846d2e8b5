import { css } from 'lit';

export default css`
  :host {
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--rtk-participants-background, var(--_bg-raised));
  }
  [part~='container'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    min-block-size: 48px;
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 3) var(--_space);
    border-radius: var(--_radius);
  }
  [part~='container']:hover,
  [part~='container']:focus-within {
    background: var(--_bg-control-hover);
  }
  rtk-avatar {
    --rtk-avatar-size: 32px;
    flex: none;
  }
  [part~='name-container'] {
    flex: 1;
    min-inline-size: 0;
    display: flex;
    align-items: center;
    gap: var(--_space);
    font-size: var(--_font-size-sm);
  }
  [part~='name'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part~='badge'] {
    flex: none;
    padding-block: 0;
    padding-inline: var(--_space);
    border-radius: var(--_radius-full);
    background: var(--_brand-subtle);
    color: var(--_text);
    font-size: var(--_font-size-xs);
    line-height: 1.6;
  }
  [part~='media'] {
    display: flex;
    align-items: center;
    gap: var(--_space);
    flex: none;
    font-size: 18px;
  }
  [part~='media'] > span {
    display: inline-flex;
  }
  .off {
    color: var(--_danger-text);
  }
  [part~='pinned-icon'] {
    color: var(--_text-muted);
  }
  [part~='menu-button'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 32px;
    block-size: 32px;
    padding: 0;
    border: none;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font-size: 18px;
    cursor: pointer;
    transition: background var(--_motion-fast);
  }
  [part~='menu-button']:hover {
    background: var(--_bg-control-active);
  }
  .menu-spacer {
    inline-size: 32px;
    flex: none;
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='menu-button'] {
      transition: none;
    }
  }
`;
