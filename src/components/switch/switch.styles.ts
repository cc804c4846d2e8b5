import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    vertical-align: middle;
    --_track-off: var(--rtk-switch-track-color, var(--_bg-control-hover));
    --_track-on: var(--rtk-switch-track-color-checked, var(--_brand));
    --_thumb: var(--rtk-switch-thumb-color, var(--_text));
  }
  [part='base'] {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding: 0;
    border: none;
    border-radius: var(--_radius-full);
    background: none;
    color: inherit;
    font: inherit;
    font-size: var(--_font-size-sm);
    text-align: start;
    cursor: pointer;
  }
  [part='base']:disabled {
    cursor: not-allowed;
    opacity: 0.5;
  }
  [part='base'][aria-readonly='true'] {
    cursor: default;
  }
  [part='switch'] {
    position: relative;
    flex-shrink: 0;
    inline-size: calc(var(--_space) * 9);
    block-size: calc(var(--_space) * 5);
    border-radius: var(--_radius-full);
    background: var(--_track-off);
    border: 1px solid var(--_border);
    transition: background-color var(--_motion);
  }
  [part='thumb'] {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 2px;
    margin-block: auto;
    inline-size: calc(var(--_space) * 4 - 4px);
    block-size: calc(var(--_space) * 4 - 4px);
    border-radius: 50%;
    background: var(--_thumb);
    transition: inset-inline-start var(--_motion);
  }
  :host([checked]) [part='switch'] {
    background: var(--_track-on);
    border-color: var(--_track-on);
  }
  :host([checked]) [part='thumb'] {
    background: var(--rtk-switch-thumb-color, var(--_brand-text));
    inset-inline-start: calc(100% - var(--_space) * 4 + 2px);
  }
`;
