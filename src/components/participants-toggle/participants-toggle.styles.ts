import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
    position: relative;
  }
  [part='unread-count'],
  [part='waiting-participants-count'] {
    position: absolute;
    inset-block-start: calc(var(--_space) * -1);
    inset-inline-end: calc(var(--_space) * -1);
    min-inline-size: calc(var(--_space) * 5);
    padding: 0 var(--_space);
    border-radius: var(--_radius-full);
    background: var(--_brand);
    color: var(--_brand-text);
    font-size: var(--_font-size-xs);
    line-height: calc(var(--_space) * 5);
    text-align: center;
    pointer-events: none;
  }
`;
