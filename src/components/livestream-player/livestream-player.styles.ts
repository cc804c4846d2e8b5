import { css } from 'lit';

export default css`
  :host {
    display: flex;
    position: relative;
    min-block-size: 12rem;
    background: var(--rtk-livestream-player-background, var(--_bg-strong));
    color: var(--_text);
    font-family: var(--_font);
    border-radius: var(--_radius-lg);
    overflow: hidden;
  }
  video {
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
    background: transparent;
  }
  [part='status'] {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 4);
    text-align: center;
    font-size: var(--_font-size-md);
  }
  [part='status'][data-state='error'] {
    color: var(--_text);
  }
  [part='error-icon'] {
    color: var(--_danger);
    font-size: var(--_font-size-xl);
  }
  rtk-spinner {
    font-size: var(--_font-size-xl);
  }
`;
