import { css } from 'lit';

export default css`
  :host {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--_font);
  }
  .editing,
  .quote {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding-inline-start: calc(var(--_space) * 2);
    border-inline-start: 3px solid var(--_brand);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  .editing span {
    flex: 1;
  }
  .quote-text {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-inline-size: 0;
  }
  .quote-text span {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    unicode-bidi: isolate;
  }
  .quote-author {
    color: var(--_text);
    font-weight: 600;
  }
  .attachments {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1);
    margin: 0;
    padding: 0;
    list-style: none;
    max-block-size: calc(var(--_space) * 40);
    overflow-y: auto;
  }
  .reason {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  .buttons {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  .left,
  .right {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1);
  }
  [part='emoji-picker'] {
    position: absolute;
    inset-block-end: 100%;
    inset-inline-start: calc(var(--_space) * 2);
    z-index: var(--_z-dropdown);
  }
`;
