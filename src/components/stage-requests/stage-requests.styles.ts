import { css } from 'lit';

export default css`
  :host {
    display: block;
    background: var(--rtk-stage-requests-background, var(--_bg-raised));
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-md);
  }
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
    padding-block-end: calc(var(--_space) * 2);
  }
  [part='heading'] {
    margin: 0;
    font-size: var(--_font-size-md);
    font-weight: 600;
  }
  [part='heading-count'] {
    margin-inline-start: var(--_space);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    font-weight: 400;
  }
  .bulk,
  .actions {
    display: flex;
    gap: calc(var(--_space) * 2);
  }
  [part='scroller'] {
    max-block-size: var(--rtk-stage-requests-max-height, 28rem);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  [part='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='request'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    padding-block: calc(var(--_space) * 1.5);
    --rtk-avatar-size: calc(var(--_space) * 8);
  }
  .who {
    display: flex;
    flex: 1;
    flex-direction: column;
    min-inline-size: 0;
  }
  [part='name'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part='time'] {
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  [part='empty'] {
    margin: 0;
    padding-block: calc(var(--_space) * 4);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    text-align: center;
  }
`;
