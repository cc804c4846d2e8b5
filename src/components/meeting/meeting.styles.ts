import { css } from 'lit';

export default css`
  :host {
    display: block;
    position: relative;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 20rem;
    overflow: hidden;
    background: var(--rtk-meeting-background, var(--_bg));
  }
  :host([mode='fixed']) {
    position: fixed;
    inset: 0;
    z-index: var(--rtk-meeting-z-index, 1000);
  }
  [part='screen'] {
    block-size: 100%;
  }
  .in-call {
    display: flex;
    flex-direction: column;
    block-size: 100%;
  }
  .body {
    display: flex;
    flex: 1 1 auto;
    min-block-size: 0;
    gap: calc(var(--_space) * 2);
  }
  .main {
    display: flex;
    flex: 1 1 auto;
    min-inline-size: 0;
    min-block-size: 0;
    /* Room for the notifications shown over the stage's end (meeting.ts sets --_toasts). */
    padding-block-end: var(--_toasts, 0);
  }
  .main > * {
    flex: 1 1 auto;
  }
  /* Live captions: a strip below the stage (the stage gives up the room). */
  .main:has(> rtk-transcripts) {
    flex-direction: column;
  }
  .main > rtk-transcripts {
    flex: 0 0 auto;
  }
  .main > rtk-stage {
    min-block-size: 0;
  }
  rtk-sidebar:not([view='full-screen']) {
    flex: 0 0 auto;
    padding-block: calc(var(--_space) * 2);
    padding-inline-end: calc(var(--_space) * 2);
  }
  .main-chat {
    padding: calc(var(--_space) * 2);
  }
  rtk-header,
  rtk-controlbar {
    flex: 0 0 auto;
  }
  .banner {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    padding-block: calc(var(--_space) * 2);
    padding-inline: calc(var(--_space) * 4);
    background: var(--_warning);
    color: var(--_warning-text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
    font-weight: 600;
  }
  .banner[data-problem='lost'] {
    background: var(--_danger);
    color: var(--_danger-text);
  }
  /* Before joining: at the top end. In the call, meeting.ts lays the stack at the bottom of the
     stage (or of a sheet over it) and makes room for it there; on phones it spans the width. */
  [part='notifications'] {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    align-items: flex-end;
    padding: calc(var(--_space) * 2);
    z-index: var(--_z-notification);
  }
  :host([size='sm']) [part='notifications'] {
    align-items: stretch;
  }
  :host([size='sm']) [part='notifications']::part(container) {
    max-inline-size: none;
  }
`;
