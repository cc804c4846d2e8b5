import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: row;
    gap: var(--_space);
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 0;
    overflow: hidden;
  }
  :host([layout='column']) {
    flex-direction: column;
  }
  :host([hidden]) {
    display: none !important;
  }
  [part='main'] {
    flex: 3 1 0;
    min-inline-size: 0;
    min-block-size: 0;
  }
  [part='aside'] {
    flex: 1 1 0;
    min-inline-size: 0;
    min-block-size: 0;
  }
  :host([size='sm']) {
    flex-direction: column;
  }
`;
