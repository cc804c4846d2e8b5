import { css } from 'lit';

export default css`
  :host {
    display: block;
    position: relative;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: var(--rtk-grid-min-height, 12rem);
    overflow: hidden;
    background: var(--rtk-grid-background, var(--_bg));
  }
  [part='container'] {
    /* Out of flow, so what is inside never changes the size the layout is computed from. */
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
  }
  [part='container'] > :not(rtk-grid-pagination) {
    flex: 1 1 auto;
    min-block-size: 0;
  }
  rtk-grid-pagination {
    flex: 0 0 auto;
  }
  [part='message'] {
    display: grid;
    place-items: center;
    block-size: 100%;
    margin: 0;
    color: var(--_text-muted);
  }
`;
