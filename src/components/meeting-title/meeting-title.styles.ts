import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    min-inline-size: 0;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-md);
    font-weight: 600;
  }
  [part='title'] {
    max-inline-size: var(--rtk-meeting-title-max-width, 24rem);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
`;
