import { css } from 'lit';

export default css`
  :host {
    display: block;
    inline-size: calc(var(--_space) * 84);
    max-inline-size: 100%;
  }
  .picker {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    color: var(--_text);
    box-shadow: var(--_shadow-md);
  }
  [part='search'] {
    inline-size: 100%;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size-sm);
  }
  [part='grid'] {
    display: flex;
    flex-direction: column;
    max-block-size: calc(var(--_space) * 60);
    overflow-y: auto;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(8, 1fr);
  }
  [part='emoji'] {
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    aspect-ratio: 1;
    padding: 0;
    border: none;
    border-radius: var(--_radius-sm);
    background: transparent;
    font-size: var(--_font-size-lg);
    line-height: 1;
    cursor: pointer;
  }
  [part='emoji']:hover,
  [part='emoji']:focus-visible {
    background: var(--_bg-control-hover);
  }
  .status {
    margin: 0;
    padding: calc(var(--_space) * 4);
    text-align: center;
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
`;
