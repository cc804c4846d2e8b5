import { css } from 'lit';
import { tokens } from '../../src/styles/shared.styles.js';

/**
 * Shared look of the API pages: the kit's own tokens (`--_bg`, `--_text`, …, each following its
 * public `--rtk-*` property), so the reference looks like the kit and follows a theme set on
 * the page.
 */
export const docsStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      line-height: 1.5;
      font-size: var(--_font-size-md, 16px);
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    a {
      color: var(--_focus);
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 2px;
    }
    :focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    code {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.9em;
      background: var(--_bg-control);
      border-radius: var(--_radius-sm);
      padding: 0.05em 0.3em;
      overflow-wrap: break-word;
    }
    p {
      margin: 0 0 calc(var(--_space) * 3);
    }
    h1,
    h2 {
      line-height: 1.25;
    }
    .muted {
      color: var(--_text-muted);
    }
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
  `,
];
