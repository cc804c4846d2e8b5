import { css } from 'lit';

export default css`
  :host {
    position: absolute;
    inset: 0;
    pointer-events: none;
    z-index: var(--_z-dropdown);
  }
  [part='dropzone'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    block-size: 100%;
    border: 2px dashed var(--_brand);
    border-radius: var(--_radius);
    background: var(--_overlay);
    color: var(--_text);
    font-size: var(--_font-size-md);
  }
  [part='dropzone'] svg {
    font-size: var(--_font-size-xl);
  }
`;
