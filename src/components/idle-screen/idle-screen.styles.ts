import { css } from 'lit';

export default css`
  :host {
    display: block;
    block-size: 100%;
    background: var(--_bg);
  }
  [part='container'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 4);
    block-size: 100%;
    min-block-size: calc(var(--_space) * 40);
    padding: calc(var(--_space) * 6);
    text-align: center;
  }
  [part='spinner'] {
    inline-size: calc(var(--_space) * 10);
    block-size: calc(var(--_space) * 10);
    border: 3px solid var(--_bg-control-hover);
    border-block-start-color: var(--_brand);
    border-radius: 50%;
    animation: spin 900ms linear infinite;
  }
  [part='message'] {
    margin: 0;
    color: var(--_text);
  }
  [part='network-badge'] {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 3);
    border-radius: var(--_radius-full);
    background: var(--_warning);
    color: var(--_warning-text);
    font-size: var(--_font-size-sm);
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
