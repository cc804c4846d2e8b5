import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
  }
  :host([variant='horizontal']) {
    display: block;
  }
`;
