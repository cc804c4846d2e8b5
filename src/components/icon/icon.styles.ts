import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    vertical-align: middle;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex-shrink: 0;
    color: var(--rtk-icon-color, currentColor);
  }
  :host([size='sm']) {
    inline-size: 1rem;
    block-size: 1rem;
  }
  :host([size='lg']) {
    inline-size: 2rem;
    block-size: 2rem;
  }
  :host([size='xl']) {
    inline-size: 2.5rem;
    block-size: 2.5rem;
  }
  :host([variant='primary']) {
    color: var(--rtk-icon-color, var(--_brand));
  }
  :host([variant='danger']) {
    color: var(--rtk-icon-color, var(--_danger));
  }
  :host([variant='success']) {
    color: var(--rtk-icon-color, var(--_success));
  }
  :host([variant='warning']) {
    color: var(--rtk-icon-color, var(--_warning));
  }
  [part='wrapper'] {
    display: inline-flex;
    inline-size: 100%;
    block-size: 100%;
  }
  svg {
    inline-size: 100%;
    block-size: 100%;
  }
  :host(:dir(rtl)) .mirror svg {
    scale: -1 1;
  }
`;
