import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-inline-size: 100%;
  }
  [part='attachment'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    color: var(--_text);
  }
  [part='preview'] {
    inline-size: calc(var(--_space) * 12);
    block-size: calc(var(--_space) * 12);
    object-fit: cover;
    border-radius: var(--_radius-sm);
    flex: none;
  }
  .icon {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: calc(var(--_space) * 10);
    block-size: calc(var(--_space) * 10);
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
    font-size: var(--_font-size-lg);
    flex: none;
  }
  .text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    flex: 1;
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: var(--_font-size-sm);
  }
  .size {
    color: var(--_text-muted);
    font-size: var(--_font-size-xs);
  }
`;
