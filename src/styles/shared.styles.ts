import { css, unsafeCSS } from 'lit';
import { tokensCssText } from './tokens.generated.js';

/**
 * Design tokens as component locals (`--_brand`, `--_bg`, `--_space`, …): each follows its public
 * `--rtk-*` custom property, else the theme chosen on the nearest provider, else the dark default
 * (see `theme.ts` for the list, the palettes and the order). Tokens are inherited custom
 * properties, so a theme set on `rtk-meeting` (or any ancestor) reaches every component inside;
 * they are never written onto the page's root element. Components read the locals only.
 */
export const tokens = unsafeCSS(tokensCssText);

/** Every component: a display, and `hidden` that really hides. */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/** A visible focus ring for keyboard users only. */
export const focusRing = css`
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;

/** Hides content visually but keeps it for screen readers. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
