import { css } from 'lit';

/**
 * Design tokens with their defaults. Tokens are inherited custom properties, so a theme set on
 * `rtk-meeting` (or any ancestor) reaches every component inside; they are never written onto the
 * page's root element. Issue #3 turns these into a full design system.
 */
export const tokens = css`
  :host {
    --_brand: var(--rtk-color-brand-500, #2160fd);
    --_brand-text: var(--rtk-color-text-on-brand, #ffffff);
    --_bg: var(--rtk-color-background-1000, #080808);
    --_bg-raised: var(--rtk-color-background-900, #1a1a1a);
    --_bg-control: var(--rtk-color-background-800, #2c2c2c);
    --_bg-control-hover: var(--rtk-color-background-700, #3d3d3d);
    --_text: var(--rtk-color-text, #ffffff);
    --_text-muted: var(--rtk-color-text-muted, #c4c4c4);
    --_danger: var(--rtk-color-danger, #ff2d2d);
    --_danger-text: var(--rtk-color-text-on-danger, #ffffff);
    --_success: var(--rtk-color-success, #62a504);
    --_space: var(--rtk-space-base, 4px);
    --_radius: var(--rtk-radius, 8px);
    --_font: var(--rtk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_focus: var(--rtk-color-focus, #8cb2ff);
    --_motion: var(--rtk-motion-duration, 150ms);
    font-family: var(--_font);
    color: var(--_text);
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion: 0ms;
    }
  }
`;

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
