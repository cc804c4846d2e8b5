import { css } from 'lit';

export default css`
  :host {
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--rtk-participants-background, var(--_bg-raised));
  }
  [part~='header'] {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
    padding-block: calc(var(--_space) * 2);
    padding-inline: calc(var(--_space) * 3);
  }
  [part~='waitlisted-heading-count'] {
    margin: 0;
    font-size: var(--_font-size-sm);
    font-weight: 600;
    color: var(--_text-muted);
  }
  [part~='waitlisted-participants'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='participant'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    min-block-size: 48px;
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 3);
  }
  rtk-avatar {
    --rtk-avatar-size: 32px;
    flex: none;
  }
  [part~='name'] {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: var(--_font-size-sm);
  }
  [part~='actions'] {
    display: flex;
    gap: var(--_space);
    flex: none;
  }
  [part~='empty'] {
    margin: 0;
    padding: calc(var(--_space) * 3);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    text-align: center;
  }
`;
