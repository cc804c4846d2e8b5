import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    vertical-align: middle;
    --_btn-bg: var(--rtk-button-background, var(--_brand));
    --_btn-bg-hover: var(--rtk-button-background-hover, var(--_brand-hover));
    --_btn-color: var(--rtk-button-color, var(--_brand-text));
    --_btn-border: transparent;
    --_btn-height: calc(var(--_space) * 10);
    --_btn-pad: calc(var(--_space) * 4);
    --_btn-font-size: var(--_font-size-sm);
  }
  :host([variant='secondary']) {
    --_btn-bg: var(--rtk-button-background, var(--_bg-control));
    --_btn-bg-hover: var(--rtk-button-background-hover, var(--_bg-control-hover));
    --_btn-color: var(--rtk-button-color, var(--_text));
  }
  :host([variant='danger']) {
    --_btn-bg: var(--rtk-button-background, var(--_danger));
    --_btn-bg-hover: var(--rtk-button-background-hover, var(--_danger));
    --_btn-color: var(--rtk-button-color, var(--_danger-text));
  }
  :host([variant='ghost']) {
    --_btn-bg: var(--rtk-button-background, transparent);
    --_btn-bg-hover: var(--rtk-button-background-hover, var(--_bg-control-hover));
    --_btn-color: var(--rtk-button-color, var(--_text));
  }
  :host([variant='outline']) {
    --_btn-bg: var(--rtk-button-background, transparent);
    --_btn-bg-hover: var(--rtk-button-background-hover, var(--_bg-control));
    --_btn-color: var(--rtk-button-color, var(--_text));
    --_btn-border: var(--_border);
  }
  :host([size='sm']) {
    --_btn-height: calc(var(--_space) * 8);
    --_btn-pad: calc(var(--_space) * 3);
    --_btn-font-size: var(--_font-size-xs);
  }
  :host([size='lg']) {
    --_btn-height: calc(var(--_space) * 12);
    --_btn-pad: calc(var(--_space) * 5);
    --_btn-font-size: var(--_font-size-md);
  }
  :host([size='xl']) {
    --_btn-height: calc(var(--_space) * 14);
    --_btn-pad: calc(var(--_space) * 6);
    --_btn-font-size: var(--_font-size-lg);
  }
  :host([kind='wide']) {
    display: flex;
    inline-size: 100%;
  }
  [part='button'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    inline-size: 100%;
    min-block-size: var(--_btn-height);
    padding-block: 0;
    padding-inline: var(--_btn-pad);
    border: 1px solid var(--_btn-border);
    border-radius: var(--rtk-button-radius, var(--_radius));
    background: var(--_btn-bg);
    color: var(--_btn-color);
    font: inherit;
    font-size: var(--_btn-font-size);
    font-weight: 500;
    line-height: 1.2;
    cursor: pointer;
    transition:
      background-color var(--_motion),
      opacity var(--_motion);
  }
  :host([kind='icon']) [part='button'] {
    inline-size: var(--_btn-height);
    padding-inline: 0;
  }
  :host([reverse]) [part='button'] {
    flex-direction: row-reverse;
  }
  [part='button']:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--_btn-bg-hover);
  }
  [part='button']:disabled,
  [part='button'][aria-disabled='true'] {
    cursor: not-allowed;
  }
  [part='button']:disabled {
    opacity: 0.5;
  }
  [part='content'] {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .inner {
    display: contents;
  }
  /* Transparent, not hidden: the content still names the button while it is busy. */
  .inner.loading ::slotted(*),
  .inner.loading [part='content'] {
    opacity: 0;
  }
  [part='button'] {
    position: relative;
  }
  [part='spinner'] {
    position: absolute;
    inset: 0;
    margin: auto;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  ::slotted(rtk-icon) {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
`;
