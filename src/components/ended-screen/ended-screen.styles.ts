import { css } from 'lit';

export default css`
  :host {
    display: block;
    block-size: 100%;
    background: var(--_bg);
  }
  [part='container'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    block-size: 100%;
    min-block-size: calc(var(--_space) * 40);
    padding: calc(var(--_space) * 6);
    text-align: center;
  }
  [part='message'] {
    margin: 0;
    font-size: 1.5rem;
    font-weight: 600;
  }
  [part='description'] {
    margin: 0;
    color: var(--_text-muted);
  }
  [part='error'] {
    margin: 0;
    color: var(--_danger);
    font-size: var(--_font-size-sm);
  }
  [role='status'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
`;
