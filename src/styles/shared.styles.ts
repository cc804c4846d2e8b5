import { css } from 'lit';

/**
 * Design tokens with their defaults. Tokens are inherited custom properties, so a theme set on
 * `rtk-meeting` (or any ancestor) reaches every component inside; they are never written onto the
 * page's root element. Issue #3 turns these into a full design system.
 */
export const tokens = css`
  :host {
    --_brand: var(--rtk-color-brand-500, #2160fd);
    --_brand-hover: var(--rtk-color-brand-600, #1a4dca);
    --_brand-subtle: var(--rtk-color-brand-subtle, rgb(33 96 253 / 0.2));
    --_brand-text: var(--rtk-color-text-on-brand, #ffffff);
    --_bg: var(--rtk-color-background-1000, #080808);
    --_bg-raised: var(--rtk-color-background-900, #1a1a1a);
    --_bg-control: var(--rtk-color-background-800, #2c2c2c);
    --_bg-control-hover: var(--rtk-color-background-700, #3d3d3d);
    --_border: var(--rtk-color-border, #4d4d4d);
    --_overlay: var(--rtk-color-overlay, rgb(0 0 0 / 0.6));
    --_text: var(--rtk-color-text, #ffffff);
    --_text-muted: var(--rtk-color-text-muted, #c4c4c4);
    --_danger: var(--rtk-color-danger, #ff2d2d);
    --_danger-text: var(--rtk-color-text-on-danger, #ffffff);
    --_warning: var(--rtk-color-warning, #ffcd07);
    --_warning-text: var(--rtk-color-text-on-warning, #080808);
    --_success: var(--rtk-color-success, #62a504);
    --_success-text: var(--rtk-color-text-on-success, #ffffff);
    --_space: var(--rtk-space-base, 4px);
    --_radius-sm: var(--rtk-radius-sm, 4px);
    --_radius: var(--rtk-radius, 8px);
    --_radius-lg: var(--rtk-radius-lg, 12px);
    --_radius-full: var(--rtk-radius-full, 9999px);
    --_font: var(--rtk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size-xs: var(--rtk-font-size-xs, 0.75rem);
    --_font-size-sm: var(--rtk-font-size-sm, 0.875rem);
    --_font-size-md: var(--rtk-font-size-md, 1rem);
    --_font-size-lg: var(--rtk-font-size-lg, 1.25rem);
    --_font-size-xl: var(--rtk-font-size-xl, 1.5rem);
    --_shadow-sm: var(--rtk-shadow-sm, 0 1px 2px rgb(0 0 0 / 0.3));
    --_shadow-md: var(--rtk-shadow-md, 0 4px 12px rgb(0 0 0 / 0.35));
    --_shadow-lg: var(--rtk-shadow-lg, 0 12px 32px rgb(0 0 0 / 0.45));
    --_focus: var(--rtk-color-focus, #8cb2ff);
    --_motion-fast: var(--rtk-motion-duration-fast, 100ms);
    --_motion: var(--rtk-motion-duration, 150ms);
    --_motion-slow: var(--rtk-motion-duration-slow, 300ms);
    --_z-dropdown: var(--rtk-z-dropdown, 100);
    --_z-tooltip: var(--rtk-z-tooltip, 200);
    --_z-dialog: var(--rtk-z-dialog, 300);
    --_z-notification: var(--rtk-z-notification, 400);
    font-family: var(--_font);
    color: var(--_text);
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion-fast: 0ms;
      --_motion: 0ms;
      --_motion-slow: 0ms;
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
