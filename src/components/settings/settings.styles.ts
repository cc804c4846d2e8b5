import { css } from 'lit';

export default css`
  :host {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr);
    gap: calc(var(--_space) * 4);
    min-block-size: 20rem;
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([size='sm']) {
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto 1fr;
    min-block-size: 0;
  }
  [part~='menu'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  :host([size='sm']) [part~='menu'] {
    flex-direction: row;
  }
  [part~='tab'] {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding-block: calc(var(--_space) * 2);
    padding-inline: calc(var(--_space) * 3);
    border: none;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text-muted);
    font: inherit;
    font-size: var(--_font-size-md);
    text-align: start;
    cursor: pointer;
    transition: background-color var(--_motion-fast);
  }
  [part~='tab']:hover {
    background: var(--_bg-control-hover);
    color: var(--_text);
  }
  [part~='tab'][aria-selected='true'] {
    background: var(--_bg-control);
    color: var(--_text);
    box-shadow: inset 3px 0 0 var(--_brand);
  }
  :host(:dir(rtl)) [part~='tab'][aria-selected='true'] {
    box-shadow: inset -3px 0 0 var(--_brand);
  }
  :host([size='sm']) [part~='tab'][aria-selected='true'] {
    box-shadow: inset 0 -3px 0 var(--_brand);
  }
  [part='main-content'] {
    min-inline-size: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='tab'] {
      transition: none;
    }
  }
`;
