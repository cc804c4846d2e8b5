import { css } from 'lit';

export default css`
  :host {
    background: var(--_bg);
    font-family: var(--_font);
    color: var(--_text);
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: var(--_space);
  }
  :host([hide-author-name]) {
    padding-block-start: 0;
  }
  [part='row'] {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    position: relative;
  }
  :host([is-self][variant='bubble']) [part='row'] {
    flex-direction: row-reverse;
  }
  [part='avatar'],
  .avatar-space {
    flex: none;
    inline-size: 2rem;
  }
  [part='avatar'] {
    block-size: 2rem;
    font-size: var(--_font-size-xs);
  }
  /* The text drawn by the view itself (its text property), as rtk-text-message-view and rtk-markdown-view show it. */
  .text {
    font-size: var(--_font-size-md);
    unicode-bidi: isolate;
  }
  .text [part='body'] {
    line-height: 1.45;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
  [part='main'] {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    flex: 1;
  }
  :host([is-self][variant='bubble']) [part='main'] {
    align-items: flex-end;
  }
  [part='header'] {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    font-size: var(--_font-size-sm);
    margin-block-end: calc(var(--_space) * 0.25);
  }
  [part='author'] {
    font-weight: 600;
    unicode-bidi: isolate;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    max-inline-size: 100%;
  }
  [part='metadata'],
  .mark {
    font-size: var(--_font-size-xs);
    color: var(--_text-muted);
  }
  [part='message'] {
    min-inline-size: 0;
    max-inline-size: 100%;
    unicode-bidi: isolate;
  }
  :host([variant='bubble']) [part='message'] {
    background: var(--_bg-raised);
    border-radius: var(--_radius-lg);
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: var(--_space);
  }
  :host([variant='bubble'][is-self]) [part='message'] {
    background: var(--_bg-control);
  }
  :host([pinned]) [part='message'] {
    border-inline-start: 3px solid var(--_brand);
    padding-inline-start: var(--_space);
  }
  /* Room for the menu button: text never runs under it, and two short rows' buttons never meet. */
  [part='row']:has(> [part='actions']) {
    min-block-size: 1.75rem;
    padding-inline-end: 2rem;
  }
  [part='actions'] {
    position: absolute;
    inset-inline-end: 0;
    inset-block-start: 0;
    opacity: 0;
    transition: opacity var(--_motion-fast);
  }
  :host(:hover) [part='actions'],
  :host(:focus-within) [part='actions'],
  [part='actions'][data-open] {
    opacity: 1;
  }
  [part='menu-button'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border: 0;
    border-radius: var(--_radius-full);
    background: var(--_bg-control);
    color: var(--_text);
    cursor: pointer;
    font-size: 1rem;
  }
  [part='menu-button']:hover {
    background: var(--_bg-control-hover);
  }
  @media (hover: none) {
    [part='actions'] {
      opacity: 1;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [part='actions'] {
      transition: none;
    }
  }
  .pending {
    opacity: 0.7;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-block-start: calc(var(--_space) * 0.5);
    font-size: var(--_font-size-xs);
    color: var(--_text-muted);
  }
  .status.error {
    color: var(--_text);
    font-weight: 600;
  }
  .status.error svg {
    color: var(--_danger);
  }
`;
