import { css } from 'lit';
import { selectField } from '../../styles/select-field.styles.js';

export default [
  selectField,
  css`
    :host {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 1.5);
      min-inline-size: 0;
      font-family: var(--_font);
      color: var(--_text);
    }
    [part='status'][role='alert'] {
      color: var(--_danger-text);
    }
    [part='status'][hidden] {
      display: none;
    }
  `,
];
