import { css } from 'lit';

export default css`
  :host {
    --_bar: var(--rtk-poll-bar-color, var(--_brand));
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
  }
  [part='container'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius);
    background: var(--rtk-poll-background, var(--_bg));
    border: 1px solid var(--_border);
  }
  [part='question'] {
    margin: 0;
    font-size: var(--_font-size-md);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part='meta'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-xs);
  }
  .tag {
    padding-inline: var(--_space);
    border-radius: var(--_radius-full);
    background: var(--_bg-control);
    color: var(--_text);
    font-size: var(--_font-size-xs);
  }
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    margin: 0;
  }
  fieldset {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  [part='option'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 2);
    border-radius: var(--_radius-sm);
    background: var(--_bg-control);
    cursor: pointer;
    overflow-wrap: anywhere;
    transition: background-color var(--_motion-fast);
  }
  [part='option']:hover {
    background: var(--_bg-control-hover);
  }
  [part='option']:has(input:checked) {
    background: var(--_brand-subtle);
  }
  input[type='radio'] {
    flex: none;
    margin: 0;
    accent-color: var(--_brand);
  }
  input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .error {
    margin: 0;
    color: var(--_danger);
  }
  .error:empty {
    display: none;
  }
  [part='vote-button'] {
    align-self: flex-start;
  }
  [part='status'] {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin: 0;
    color: var(--_text-muted);
  }
  [part='status']:focus {
    outline: none;
  }
  [part='status']:focus-visible {
    outline: 2px solid var(--_focus);
  }
  [part='results'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
  }
  .text {
    flex: 1 1 auto;
    overflow-wrap: anywhere;
  }
  .mine .text {
    font-weight: 600;
  }
  .count {
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }
  [part='bar'] {
    block-size: 0.375rem;
    margin-block-start: calc(var(--_space) / 2);
    border-radius: var(--_radius-full);
    background: var(--_bg-control);
    overflow: hidden;
  }
  [part='bar'] span {
    display: block;
    block-size: 100%;
    border-radius: inherit;
    background: var(--_bar);
    transition: inline-size var(--_motion) ease-out;
  }
  [part='voters'] {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-xs);
    overflow-wrap: anywhere;
  }
  @media (prefers-reduced-motion: reduce) {
    [part='bar'] span,
    [part='option'] {
      transition: none;
    }
  }
`;
