import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    align-items: center;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
  }
  :host(:not([recording])) {
    display: contents;
  }
  [part='indicator'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 2);
    border-radius: var(--_radius-full);
    background: var(--rtk-recording-indicator-background, var(--_bg-control));
  }
  [part='icon'] {
    flex: none;
    color: var(--rtk-recording-indicator-color, var(--_danger));
    fill: currentColor;
  }
  :host([recording]) [part='icon'] {
    animation: pulse 2s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.4;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host([recording]) [part='icon'] {
      animation: none;
    }
  }
`;
