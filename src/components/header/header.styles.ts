import { css } from 'lit';

export default css`
  :host {
    display: block;
    color: var(--_text);
    font-family: var(--_font);
  }
  [part='container'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    min-block-size: var(--rtk-header-height, 3.5rem);
    padding-inline: calc(var(--_space) * 4);
    background: var(--rtk-header-background, var(--_bg));
  }
  [part='start'],
  [part='center'],
  [part='end'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    min-inline-size: 0;
  }
  [part='start'] {
    flex: 1 1 0;
  }
  [part='center'] {
    flex: none;
  }
  [part='end'] {
    flex: 1 1 0;
    justify-content: flex-end;
  }
  :host([variant='boxed']) [part='container'] {
    background: transparent;
  }
  :host([variant='boxed']) [part='start'] > *,
  :host([variant='boxed']) [part='center'] > *,
  :host([variant='boxed']) [part='end'] > * {
    border-radius: var(--_radius);
    background: var(--_bg-raised);
  }
  :host([size='sm']) [part='container'] {
    gap: calc(var(--_space) * 2);
    min-block-size: var(--rtk-header-height, 3rem);
    padding-inline: calc(var(--_space) * 2);
  }
  :host([size='sm']) [part='start'],
  :host([size='sm']) [part='end'] {
    gap: calc(var(--_space) * 2);
  }
  :host([size='sm']) rtk-logo,
  :host([size='sm']) rtk-clock::part(icon) {
    display: none;
  }
  ::slotted(*) {
    flex: none;
  }
`;
