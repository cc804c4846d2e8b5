import { css } from 'lit';

export default css`
  :host {
    display: block;
    font-family: var(--_font);
    color: var(--_text);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: none;
    min-inline-size: 0;
  }
  fieldset[aria-busy='true'] {
    cursor: progress;
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 2);
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
    gap: calc(var(--_space) * 2);
  }
  .choice {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-control);
    cursor: pointer;
    font-size: var(--_font-size-sm);
  }
  .choice:has(input:checked) {
    border-color: var(--_brand);
  }
  .choice:has(input:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  fieldset:disabled .choice {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .choice[data-pending] {
    cursor: progress;
  }
  .thumb {
    display: flex;
    align-items: center;
    justify-content: center;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg-strong);
    font-size: 1.5rem;
    color: var(--_text-muted);
  }
  .thumb[data-blur] {
    background:
      radial-gradient(circle at 50% 62%, #f1c7a5 0 18%, transparent 19%),
      radial-gradient(ellipse at 50% 110%, #3b5b8c 0 38%, transparent 39%),
      linear-gradient(135deg, #94a3b8, #cbd5e1);
  }
  .thumb[data-blur='light'] {
    filter: saturate(0.9);
  }
  canvas {
    inline-size: 100%;
    block-size: 100%;
  }
  .name {
    display: flex;
    align-items: center;
    gap: var(--_space);
    line-height: 1.2;
  }
  input[type='radio'] {
    accent-color: var(--_brand);
    margin: 0;
    flex: none;
  }
  .upload {
    border-style: dashed;
  }
  .upload:has(input:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .reason,
  .status {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }
  .status {
    margin-block: calc(var(--_space) * 2) 0;
  }
`;
