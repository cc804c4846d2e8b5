import { css } from 'lit';

export default css`
  :host {
    display: block;
    background: var(--rtk-participants-stage-list-background, var(--_bg-raised));
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-md);
  }
  [part='header'] {
    padding-block-end: calc(var(--_space) * 2);
  }
  [part='heading-count'] {
    margin: 0;
    font-size: var(--_font-size-md);
    font-weight: 600;
  }
  .count {
    margin-inline-start: var(--_space);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    font-weight: 400;
  }
  [part='participants'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='participant'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    min-block-size: calc(var(--_space) * 11);
    padding-block: var(--_space);
    --rtk-avatar-size: calc(var(--_space) * 8);
  }
  [part='name'] {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part='badge'] {
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 2);
    border-radius: var(--_radius-full);
    background: var(--_brand-subtle);
    color: var(--_text);
    font-size: var(--_font-size-xs);
  }
  [part='empty'] {
    margin: 0;
    padding-block: calc(var(--_space) * 4);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    text-align: center;
  }
`;
