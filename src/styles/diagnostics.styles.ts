import { css } from 'lit';

/** The cards of the call diagnostics tabs (`rtk-debugger-audio`, `-video`, `-screenshare`, `-system`). */
export const diagnosticsStyles = css`
  :host {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: calc(var(--_space) * 3);
    font-family: var(--_font);
    color: var(--_text);
    font-size: var(--_font-size-md);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    min-inline-size: 0;
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    border: 1px solid var(--_border);
  }
  h3 {
    margin: 0;
    font-size: var(--_font-size-md);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .verdict {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 2);
    border-inline-start: 3px solid var(--_text-muted);
    overflow-wrap: anywhere;
  }
  .verdict.good {
    border-inline-start-color: var(--_success);
  }
  .verdict.weak {
    border-inline-start-color: var(--_warning);
  }
  .verdict.poor {
    border-inline-start-color: var(--_danger);
  }
  dl {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: var(--_space) calc(var(--_space) * 3);
    margin: 0;
    font-size: var(--_font-size-sm);
  }
  dl > div {
    display: contents;
  }
  dt {
    color: var(--_text-muted);
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
    gap: calc(var(--_space) * 2);
  }
  figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  figcaption {
    color: var(--_text-muted);
    font-size: var(--_font-size-xs);
  }
  canvas {
    display: block;
    inline-size: 100%;
    block-size: 2.5rem;
    color: var(--_brand);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
  }
  .empty {
    margin: 0;
    color: var(--_text-muted);
  }
`;
