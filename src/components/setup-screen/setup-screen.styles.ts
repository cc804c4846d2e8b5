import { css } from 'lit';

export default css`
  :host {
    display: block;
    block-size: 100%;
    overflow: auto;
    background: var(--_bg);
  }
  /*
   * The screen fits its box: the preview is the one part that shrinks (keeping 16:9), so the
   * form and its join button stay in view. Only when even a small preview does not fit does the
   * screen scroll. \`safe\` centring never pushes the top out of reach.
   */
  [part='container'] {
    display: flex;
    gap: calc(var(--_space) * 8);
    block-size: 100%;
    max-inline-size: var(--rtk-setup-screen-max-width, 60rem);
    margin-inline: auto;
    padding: calc(var(--_space) * 6);
  }
  .columns {
    flex-direction: row;
    align-items: safe center;
    justify-content: center;
  }
  .stacked {
    flex-direction: column;
    justify-content: safe center;
    gap: calc(var(--_space) * 4);
    padding: calc(var(--_space) * 4);
  }
  [part='preview'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
    min-block-size: 0;
  }
  .columns [part='preview'] {
    flex: 1 1 18rem;
    max-inline-size: 36rem;
    max-block-size: 100%;
  }
  /* One column: the preview's pieces are the column's own items, so only the tile shrinks. */
  .stacked [part='preview'] {
    display: contents;
  }
  /* The room the preview may take: 16:9 of the column's width at most, less when short. */
  .preview-box {
    flex: 0 1 auto;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    min-block-size: 7.5rem;
    container-type: size;
  }
  rtk-participant-setup {
    inline-size: min(100%, 100cqb * 16 / 9);
    margin-inline: auto;
  }
  /* Everything else keeps its size. */
  .preview-box ~ *,
  .stacked [part='form'] {
    flex: none;
  }
  .media-controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: calc(var(--_space) * 2);
  }
  [part='devices-toggle'] {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    min-inline-size: calc(var(--_space) * 16);
    min-block-size: calc(var(--_space) * 14);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: none;
    border-radius: var(--_radius);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    font-size: 0.8125rem;
    cursor: pointer;
    transition: background-color var(--_motion);
  }
  [part='devices-toggle']:hover {
    background: var(--_bg-control-hover);
  }
  /* Open looks open: the brand fill, as every toggle that is on. */
  [part='devices-toggle'][aria-expanded='true'] {
    background: var(--_brand);
    color: var(--_brand-text);
  }
  [part='devices-toggle'] .graphic {
    display: inline-flex;
    font-size: 1.5rem;
  }
  [part='devices-toggle'] .label {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    white-space: nowrap;
  }
  [part='devices'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  [part='devices'][hidden] {
    display: none;
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
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  .columns [part='form'] {
    flex: 0 1 20rem;
    min-inline-size: 15rem;
  }
  [part='language'] {
    margin-block-start: calc(var(--_space) * 2);
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
  .precall {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }
  .precall p {
    margin: 0;
  }
  .precall .summary {
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_success);
    color: var(--_text);
  }
  .precall .summary.trouble {
    border-inline-start-color: var(--_warning);
  }
`;
