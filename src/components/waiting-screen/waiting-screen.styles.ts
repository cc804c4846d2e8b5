import { css } from 'lit';

export default css`
  :host {
    display: block;
    block-size: 100%;
    background: var(--_bg);
    color: var(--_text);
  }
  [part='content'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 3);
    block-size: 100%;
    min-block-size: calc(var(--_space) * 40);
    max-inline-size: 32rem;
    margin-inline: auto;
    padding: calc(var(--_space) * 6);
    text-align: center;
  }
  [part='spinner'] {
    inline-size: calc(var(--_space) * 10);
    block-size: calc(var(--_space) * 10);
    border: 3px solid var(--_bg-control-hover);
    border-block-start-color: var(--_brand);
    border-radius: var(--_radius-full);
    animation: spin 900ms linear infinite;
  }
  [part='icon'] {
    font-size: var(--_font-size-xl);
    color: var(--_brand);
  }
  [part='title'] {
    margin: 0;
    font-size: var(--_font-size-xl);
    overflow-wrap: anywhere;
  }
  [part='message'] {
    margin: 0;
    font-size: var(--_font-size-lg);
  }
  [part='hint'] {
    margin: 0;
    color: var(--_text-muted);
  }
  @media (prefers-reduced-motion: reduce) {
    [part='spinner'] {
      animation-duration: 3s;
    }
  }
  @keyframes spin {
    to {
      rotate: 360deg;
    }
  }
`;
