import { css } from 'lit';

export default css`
  :host {
    background: var(--rtk-controlbar-background, var(--_bg));
  }
  :host([variant='boxed']) {
    inline-size: fit-content;
    max-inline-size: 100%;
    margin-inline: auto;
    border-radius: var(--_radius-lg);
    box-shadow: var(--_shadow-md);
  }
  [part='container'],
  .defaults {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
  }
  /* Controls keep their width: what does not fit moves into "More". */
  .defaults > * {
    flex-shrink: 0;
  }
  [part='container'] {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
  }
  :host([size='sm']) [part='container'],
  :host([size='sm']) .defaults {
    gap: var(--_space);
  }
  :host([size='sm']) [part='container'] {
    padding: var(--_space);
  }
`;
