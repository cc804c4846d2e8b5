import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: var(--_space);
    min-inline-size: 10rem;
    color: var(--_text);
  }
  ::slotted(hr) {
    inline-size: 100%;
    margin-block: var(--_space);
    border: none;
    border-block-start: 1px solid var(--_border);
  }
`;
