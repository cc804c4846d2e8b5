// The look of rtk-microphone-selector, rtk-camera-selector and rtk-speaker-selector (one sheet for the three).
import { css } from 'lit';
import { selectField } from './select-field.styles.js';

export default [
  selectField,
  css`
    :host {
      display: block;
      font-family: var(--_font);
      color: var(--_text);
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 1.5);
      min-inline-size: 0;
    }
    :host([variant='inline']) .field {
      flex-direction: row;
      align-items: center;
    }
    [part='label'] {
      display: inline-flex;
      align-items: center;
      gap: var(--_space);
    }
  `,
];
