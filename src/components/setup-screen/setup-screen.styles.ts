import { css } from 'lit';

export default css`
  :host {
    display: block;
    block-size: 100%;
    overflow: auto;
    background: var(--_bg);
  }
  [part='container'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 8);
    min-block-size: 100%;
    max-inline-size: var(--rtk-setup-screen-max-width, 60rem);
    margin-inline: auto;
    padding: calc(var(--_space) * 6);
  }
  [part='preview'] {
    flex: 1 1 20rem;
    max-inline-size: 36rem;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }
  .media-controls {
    display: flex;
    justify-content: center;
    gap: calc(var(--_space) * 2);
  }
  [part='devices'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  [part='viewer'] {
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    text-align: center;
  }
  [part='viewer'] p {
    margin: 0;
  }
  .viewer-title {
    font-weight: 600;
  }
  .viewer-hint {
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  [part='people'] {
    margin-block-end: calc(var(--_space) * 2);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  [part='people'] p {
    margin: 0;
  }
  [part='people'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1);
    margin: calc(var(--_space) * 1) 0 0;
    padding: 0;
    list-style: none;
  }
  [part='people'] li {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
    border-radius: var(--_radius-full);
    background: var(--_bg-raised);
    color: var(--_text);
  }
  [part='error-code'] {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-xs);
  }
  [part='form'] {
    flex: 0 1 20rem;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  [part='title'] {
    margin: 0;
    font-size: var(--_font-size-xl);
    overflow-wrap: anywhere;
  }
  .subtitle {
    margin: 0 0 calc(var(--_space) * 2);
    color: var(--_text-muted);
  }
  label {
    font-size: 0.875rem;
    color: var(--_text-muted);
  }
  [part='name-input'] {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 1px solid var(--_text-muted);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    color: var(--_text);
    font: inherit;
  }
  [part='name-input'][aria-invalid='true'] {
    border-color: var(--_danger);
  }
  [part='name-input']:disabled {
    color: var(--_text-muted);
    cursor: not-allowed;
  }
  [part='name-error'] {
    margin: 0;
    min-block-size: 1.25em;
    color: var(--_danger);
    font-size: 0.875rem;
  }
  [part='join-button'] {
    padding: calc(var(--_space) * 3);
    border: none;
    border-radius: var(--_radius);
    background: var(--_brand);
    color: var(--_brand-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [part='join-button'][aria-disabled='true'] {
    cursor: progress;
  }
  [part='error'] {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875rem;
  }
`;
