import { css } from 'lit';

export default css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    inline-size: min(var(--rtk-dialog-width, 32rem), calc(100vw - var(--_space) * 8));
    max-block-size: calc(100vh - var(--_space) * 8);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--rtk-dialog-background, var(--_bg-raised));
    color: var(--_text);
    box-shadow: var(--_shadow-lg);
    font-family: var(--_font);
    z-index: var(--_z-dialog);
    overflow: hidden;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
    animation: appear var(--_motion) ease-out;
  }
  dialog::backdrop {
    background: var(--_overlay, rgb(0 0 0 / 0.6));
  }
  [part='header'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 4) calc(var(--_space) * 4) 0;
  }
  [part='header'].empty {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    padding: calc(var(--_space) * 2);
  }
  [part='title'] {
    flex: 1;
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: 600;
  }
  [part='body'] {
    padding: calc(var(--_space) * 4);
    overflow: auto;
  }
  [part='close-button'] {
    display: inline-flex;
    margin-inline-start: auto;
    padding: calc(var(--_space) * 1.5);
    border: none;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font-size: var(--_font-size-lg);
    cursor: pointer;
  }
  [part='close-button']:hover {
    background: var(--_bg-control-hover);
  }
  :host([size='sm']) dialog {
    inline-size: calc(100vw - var(--_space) * 4);
  }
  @keyframes appear {
    from {
      scale: 0.97;
    }
  }
`;
