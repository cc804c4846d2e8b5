import { css } from 'lit';

export default css`
  :host {
    display: flex;
    flex-direction: row;
    gap: var(--_space);
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 0;
    overflow: hidden;
  }
  :host([layout='column']),
  :host([size='sm']) {
    flex-direction: column;
  }
  :host([hidden]) {
    display: none !important;
  }
  [part='main-view'] {
    flex: 3 1 0;
    min-inline-size: 0;
    min-block-size: 0;
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_bg-strong);
    display: flex;
    flex-direction: column;
  }
  /* The tabs and the sync indicator share a row while both fit; else the indicator wraps below. */
  [part='stage-bar'] {
    flex: none;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: var(--_space);
    min-inline-size: 0;
  }
  [part='tab-bar'] {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  [part='spotlight-indicator'] {
    flex: none;
    max-inline-size: calc(100% - var(--_space) * 2);
    margin-inline: auto var(--_space);
  }
  rtk-screenshare-view,
  [part='plugin'] {
    display: block;
    flex: 1 1 0;
    inline-size: 100%;
    min-block-size: 0;
  }
  [part='plugin'] {
    display: flex;
  }
  [part='aside'] {
    flex: 1 1 0;
    min-inline-size: 0;
    min-block-size: 0;
  }
`;
