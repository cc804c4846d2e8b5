import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    align-items: center;
  }
  [part='image'] {
    display: block;
    block-size: var(--rtk-logo-height, 2rem);
    inline-size: auto;
    max-inline-size: 10rem;
    object-fit: contain;
  }
`;
