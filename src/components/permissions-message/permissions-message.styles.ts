import { css } from 'lit';

export default css`
  [part='container'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 4);
    border: 1px solid var(--_warning);
    border-radius: var(--_radius-lg);
    background: var(--_bg-raised);
    color: var(--_text);
    font-size: var(--_font-size-sm);
  }
  [part='item'] {
    display: flex;
    gap: calc(var(--_space) * 3);
    align-items: flex-start;
  }
  [part='icon'] {
    flex: none;
    color: var(--_warning);
    font-size: var(--_font-size-lg);
    line-height: 1;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    min-inline-size: 0;
  }
  [part='title'] {
    margin: 0;
    font-size: var(--_font-size-md);
    font-weight: 600;
  }
  [part='steps'],
  [part='status'] {
    margin: 0;
    color: var(--_text-muted);
  }
  [part='status'] {
    color: var(--_text);
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .dismiss {
    justify-content: flex-end;
  }
`;
