import { css } from 'lit';

export default css`
  :host {
    display: block;
    min-block-size: 0;
    background: var(--rtk-paginated-list-background, var(--_bg));
    color: var(--_text);
  }
  [part='container'] {
    block-size: 100%;
    max-block-size: var(--rtk-paginated-list-max-height, none);
    overflow: auto;
    border-radius: var(--_radius-sm);
  }
  [part='list'] {
    display: flex;
    flex-direction: column;
    gap: var(--rtk-paginated-list-gap, var(--_space));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='item'] {
    min-inline-size: 0;
  }
  [part='empty'],
  [part='status'] {
    margin: 0;
    padding: calc(var(--_space) * 3);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    text-align: center;
  }
  [part='sentinel'] {
    block-size: 1px;
  }
  [part='load-more'] {
    display: block;
    margin: calc(var(--_space) * 2) auto;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-control);
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size-sm);
    cursor: pointer;
  }
  [part='show-new-messages'] {
    display: block;
    margin: var(--_space) auto;
    padding: var(--_space) calc(var(--_space) * 3);
    border: none;
    border-radius: var(--_radius-full);
    background: var(--_brand);
    color: var(--_brand-text);
    font: inherit;
    font-size: var(--_font-size-sm);
    cursor: pointer;
  }
  [part='load-more']:hover {
    background: var(--_bg-control-hover);
  }
`;
