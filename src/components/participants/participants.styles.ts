import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    min-block-size: 0;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--rtk-participants-background, var(--_bg-raised));
  }
  /* The sections wrap onto a second row rather than hide a name or a count off the edge. */
  [part~='tabs'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2);
  }
  [part~='tab'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    flex: none;
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-full);
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size-sm);
    cursor: pointer;
    transition: background var(--_motion-fast);
  }
  [part~='tab']:hover {
    background: var(--_bg-control-hover);
  }
  [part~='tab'][aria-selected='true'] {
    border-color: var(--_brand);
    background: var(--_brand-subtle);
  }
  [part~='tab-count'] {
    min-inline-size: 1.5em;
    padding-inline: var(--_space);
    border-radius: var(--_radius-full);
    background: var(--_bg-control);
    font-size: var(--_font-size-xs);
    text-align: center;
  }
  [part~='mute-all'] {
    display: flex;
    justify-content: flex-end;
    margin-block: var(--_space);
    margin-inline: calc(var(--_space) * 2);
  }
  [part~='search'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin-block: var(--_space);
    margin-inline: calc(var(--_space) * 2);
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
  }
  [part~='search']:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  [part~='search-icon'] {
    display: inline-flex;
    color: var(--_text-muted);
    font-size: 18px;
  }
  [part~='search-input'] {
    flex: 1;
    min-inline-size: 0;
    padding-block: calc(var(--_space) * 2);
    border: none;
    outline: none;
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size-sm);
  }
  [part~='search-input']::placeholder {
    color: var(--_text-muted);
  }
  [part~='container'] {
    flex: 1;
    min-block-size: 0;
    display: flex;
    flex-direction: column;
    overflow: auto;
  }
  [part~='participants'] {
    flex: 1;
    min-block-size: 0;
  }
  [part~='empty'] {
    margin: 0;
    padding: calc(var(--_space) * 3);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    text-align: center;
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='tab'] {
      transition: none;
    }
  }
`;
