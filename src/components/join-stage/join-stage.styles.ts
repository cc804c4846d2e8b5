import { css } from 'lit';

export default css`
  :host {
    display: block;
    background: var(--rtk-join-stage-background, var(--_bg-raised));
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-md);
  }
  [part='title'] {
    margin-block: 0 calc(var(--_space) * 2);
    font-size: var(--_font-size-lg);
    font-weight: 600;
  }
  [part='description'] {
    margin-block: 0 calc(var(--_space) * 4);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  [part='preview'] {
    margin-block-end: calc(var(--_space) * 3);
    --rtk-participant-setup-max-width: 100%;
  }
  [part='media-controls'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 4);
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: calc(var(--_space) * 2);
  }
`;
