import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 4);
    font-family: var(--_font);
    color: var(--_text);
  }
  .preview {
    position: relative;
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    aspect-ratio: var(--rtk-settings-video-preview-ratio, 16 / 9);
    overflow: hidden;
    border-radius: var(--_radius-lg);
    background: var(--_bg-strong);
  }
  video {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .preview[data-mirror] video {
    transform: scaleX(-1);
  }
  .off {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin: 0;
    color: var(--_text);
    font-size: var(--_font-size-sm);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: none;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 2);
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }
  fieldset[aria-busy='true'] {
    cursor: progress;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  [part='effect'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-control);
    cursor: pointer;
  }
  [part='effect']:has(input:checked) {
    border-color: var(--_brand);
  }
  input {
    accent-color: var(--_brand);
    margin: 0;
  }
`;
