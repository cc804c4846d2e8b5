// The three device pickers look the same (one sheet, shared); the microphone's list has the
// `indicator` slot beside it.
import { css } from 'lit';
import shared from '../../styles/device-selector.styles.js';

export default [
  shared,
  css`
    .row {
      display: flex;
      align-items: center;
      gap: var(--_space);
    }
    .row select {
      flex: 1;
      min-inline-size: 0;
    }
  `,
];
