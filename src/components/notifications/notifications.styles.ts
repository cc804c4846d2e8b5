import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    pointer-events: none;
  }
  [part='region'] {
    display: contents;
  }
  [part='notification'] {
    pointer-events: auto;
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    max-inline-size: 24rem;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_brand);
    background: var(--_bg-raised);
    color: var(--_text);
    font-size: 0.875rem;
    box-shadow: 0 4px 16px color-mix(in srgb, var(--_bg) 60%, transparent);
  }
  [part='notification'][data-variant='error'] {
    border-inline-start-color: var(--_danger);
  }
  [part='notification'][data-variant='success'] {
    border-inline-start-color: var(--_success);
  }
  [part='message'] {
    flex: 1;
  }
  [part='dismiss'] {
    display: inline-flex;
    padding: var(--_space);
    border: none;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font-size: 1.125rem;
    cursor: pointer;
  }
  [part='dismiss']:hover {
    background: var(--_bg-control);
  }
`;
