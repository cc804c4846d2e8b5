import { css } from 'lit';

export default css`
  :host {
    display: block;
    pointer-events: auto;
    --_accent: var(--_brand);
  }
  :host([data-variant='error']) {
    --_accent: var(--_danger);
  }
  :host([data-variant='success']) {
    --_accent: var(--_success);
  }
  [part='container'] {
    position: relative;
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    max-inline-size: var(--rtk-notification-width, 24rem);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2) calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_accent);
    background: var(--rtk-notification-background, var(--_bg-raised));
    color: var(--_text);
    font-size: var(--_font-size-sm);
    box-shadow: var(--_shadow-md);
    overflow: hidden;
    animation: enter var(--_motion) ease-out;
  }
  [part='icon'] {
    flex: none;
    color: var(--_accent);
    font-size: var(--_font-size-lg);
  }
  [part='message'] {
    flex: 1;
    margin: 0;
    overflow-wrap: anywhere;
  }
  [part='actions'] {
    display: flex;
    gap: var(--_space);
  }
  [part='action'],
  [part='dismiss'] {
    display: inline-flex;
    align-items: center;
    padding: var(--_space) calc(var(--_space) * 2);
    border: none;
    border-radius: var(--_radius-sm);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  [part='action'] {
    background: var(--_bg-control);
    font-weight: 600;
  }
  [part='dismiss'] {
    padding: var(--_space);
    font-size: 1.125rem;
  }
  [part='action']:hover,
  [part='dismiss']:hover {
    background: var(--_bg-control-hover);
  }
  [part='progress'] {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0;
    block-size: 3px;
    background: var(--_accent);
    transform-origin: left center;
  }
  :host(:dir(rtl)) [part='progress'] {
    transform-origin: right center;
  }
  :host([size='sm']) [part='container'] {
    max-inline-size: none;
  }
  @keyframes enter {
    from {
      translate: 0 8px;
    }
  }
`;
