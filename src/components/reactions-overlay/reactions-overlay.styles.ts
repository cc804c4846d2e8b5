import { css } from 'lit';

export default css`
  :host {
    position: fixed;
    inset: 0;
    z-index: var(--_z-notification);
    pointer-events: none;
    overflow: hidden;
  }
  [part='reaction'] {
    position: absolute;
    display: flex;
    flex-direction: column;
    align-items: center;
    translate: -50% -50%;
    font-size: calc(var(--_font-size-xl) * 1.5);
    line-height: 1;
    filter: drop-shadow(0 2px 4px rgb(0 0 0 / 0.4));
  }
  .float {
    animation: rise 2.6s ease-out forwards;
  }
  .still {
    animation: appear 2.6s linear forwards;
  }
  .count,
  .name {
    margin-block-start: var(--_space);
    padding: 0 calc(var(--_space) * 1.5);
    border-radius: var(--_radius-full);
    background: var(--_video-overlay);
    color: var(--_video-text);
    font-family: var(--_font);
    font-size: var(--_font-size-xs);
    line-height: 1.6;
    white-space: nowrap;
  }
  @keyframes rise {
    0% {
      opacity: 0;
      transform: translateY(0) scale(0.6);
    }
    12% {
      opacity: 1;
      transform: translateY(-10px) scale(1);
    }
    80% {
      opacity: 1;
    }
    100% {
      opacity: 0;
      transform: translateY(-120px) scale(1);
    }
  }
  @keyframes appear {
    0%,
    100% {
      opacity: 0;
    }
    8%,
    85% {
      opacity: 1;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .float {
      animation-name: appear;
    }
  }
  [part='picker'] {
    position: absolute;
    display: flex;
    gap: var(--_space);
    translate: -50% 0;
    max-inline-size: calc(100vw - var(--_space) * 4);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-full);
    background: var(--_bg-raised);
    box-shadow: var(--_shadow-lg);
    pointer-events: auto;
  }
  [part='picker'] button {
    display: grid;
    place-items: center;
    inline-size: calc(var(--_space) * 11);
    block-size: calc(var(--_space) * 11);
    padding: 0;
    border: 0;
    border-radius: var(--_radius-full);
    background: transparent;
    color: var(--_text);
    font-size: var(--_font-size-xl);
    line-height: 1;
    cursor: pointer;
  }
  [part='picker'] button:hover {
    background: var(--_bg-control-hover);
  }
  [part='picker'] .close {
    font-size: var(--_font-size-lg);
    color: var(--_text-muted);
  }
  [part='queue'] {
    position: absolute;
    inset-block-start: calc(var(--_space) * 16);
    inset-inline-end: calc(var(--_space) * 4);
    inline-size: min(calc(var(--_space) * 72), calc(100vw - var(--_space) * 8));
    max-block-size: 50vh;
    overflow: auto;
    padding: calc(var(--_space) * 3);
    padding-inline-end: calc(var(--_space) * 9);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_bg-raised);
    box-shadow: var(--_shadow-lg);
    pointer-events: auto;
  }
  .fold {
    position: absolute;
    inset-block-start: calc(var(--_space) * 2);
    inset-inline-end: calc(var(--_space) * 2);
    inline-size: calc(var(--_space) * 8);
    block-size: calc(var(--_space) * 8);
    border: 0;
    border-radius: var(--_radius-full);
    background: transparent;
    color: var(--_text-muted);
    font-size: var(--_font-size-lg);
    cursor: pointer;
  }
  .fold:hover {
    background: var(--_bg-control-hover);
  }
`;
