import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    block-size: 100%;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_bg);
  }
  rtk-ai-transcriptions {
    flex: 1 1 auto;
    min-block-size: 0;
  }
  .bar {
    display: flex;
    justify-content: flex-end;
    padding-block-start: calc(var(--_space) * 2);
    padding-inline: calc(var(--_space) * 2);
  }
  [part='header'] {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3);
    border-block-end: 1px solid var(--_border);
  }
  h2 {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: 600;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2);
    border: none;
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size-xs);
    cursor: pointer;
  }
  button:hover {
    background: var(--_bg-control-hover);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog {
    inline-size: min(100vw, 64rem);
    max-inline-size: 100vw;
    block-size: 100vh;
    max-block-size: 100vh;
    margin-inline: auto;
    padding: 0;
    border: none;
    background: var(--_bg-raised);
    color: var(--_text);
  }
  dialog::backdrop {
    background: var(--_overlay);
  }
  dialog rtk-ai-transcriptions {
    flex: 1 1 auto;
  }
`;
