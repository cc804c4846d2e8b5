import { css } from 'lit';

export default css`
  :host {
    display: contents;
    color: var(--_text);
    font-family: var(--_font);
  }
  rtk-dialog {
    --rtk-dialog-width: 36rem;
  }
  [part='intro'] {
    margin: 0 0 calc(var(--_space) * 3);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--_font-size-sm);
  }
  thead th {
    padding-block-end: var(--_space);
    color: var(--_text-muted);
    font-weight: 600;
    text-align: start;
  }
  thead th:last-child {
    text-align: end;
  }
  tbody th {
    font-weight: normal;
    text-align: start;
  }
  tbody th,
  tbody td {
    padding-block: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border);
    vertical-align: middle;
  }
  td {
    text-align: end;
    white-space: nowrap;
    padding-inline-start: calc(var(--_space) * 3);
  }
  [part='keys'] {
    display: inline-flex;
    align-items: center;
    gap: 2px;
  }
  kbd {
    display: inline-block;
    min-inline-size: 1.6em;
    padding: 1px var(--_space);
    border: 1px solid var(--_border);
    border-block-end-width: 2px;
    border-radius: var(--_radius-sm);
    background: var(--_bg);
    font-family: inherit;
    font-size: var(--_font-size-xs);
    text-align: center;
  }
  .plus {
    color: var(--_text-muted);
    font-size: var(--_font-size-xs);
  }
`;
