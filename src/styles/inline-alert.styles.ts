import { css } from 'lit';

/**
 * A short message inside a form or card that says something did not work (a poll not created, a
 * vote not counted): class `inline-alert`, marked by a danger edge at the start.
 */
export const inlineAlert = css`
  .inline-alert {
    margin: 0;
    padding: calc(var(--_space) * 2);
    border-inline-start: 3px solid var(--_danger);
    border-radius: var(--_radius-sm);
    background: var(--_bg-raised);
    color: var(--_text);
    font-size: var(--_font-size-sm);
  }
`;
