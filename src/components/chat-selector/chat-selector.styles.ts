import { css } from 'lit';

export default css`
  :host {
    position: relative;
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
  }
  [part='trigger'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    inline-size: 100%;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  [part='trigger']:hover {
    background: var(--_bg-control-hover);
  }
  .label {
    flex: 1;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .badge {
    min-inline-size: 1.5em;
    padding: 0 calc(var(--_space) * 1.5);
    border-radius: var(--_radius-full);
    background: var(--_brand);
    color: var(--_brand-text);
    font-size: var(--_font-size-xs);
    text-align: center;
  }
  [part='dropdown'] {
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(100% + var(--_space));
    z-index: var(--_z-dropdown);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    box-shadow: var(--_shadow-md);
  }
  [part='dropdown'][hidden] {
    display: none;
  }
`;
