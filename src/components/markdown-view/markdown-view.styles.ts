import { css } from 'lit';

/**
 * The look of parsed Markdown (paragraphs, lists, code, links, "Show more"), for any shadow root
 * that draws `markdownTemplate`: `rtk-markdown-view`, and a chat message row drawing its own text.
 */
export const markdownContentStyles = css`
  [part='body'] > :first-child {
    margin-block-start: 0;
  }
  [part='body'] > :last-child {
    margin-block-end: 0;
  }
  p,
  ul,
  ol,
  pre {
    margin-block: 0 calc(var(--_space) * 1);
    unicode-bidi: isolate;
  }
  ul,
  ol {
    padding-inline-start: calc(var(--_space) * 5);
  }
  li {
    unicode-bidi: isolate;
  }
  .plain {
    white-space: pre-wrap;
  }
  code {
    font-family: ui-monospace, monospace;
    font-size: 0.92em;
    background: var(--_bg-control);
    border-radius: var(--_radius-sm);
    padding-inline: calc(var(--_space) * 0.5);
  }
  pre {
    overflow-x: auto;
    background: var(--_bg-control);
    border-radius: var(--_radius-sm);
    padding: var(--_space);
    white-space: pre;
  }
  pre code {
    background: none;
    padding: 0;
  }
  /* Brand-tinted text: dark blue on a light theme, light blue on a dark one (the text-on-brand
     colour it had was white, invisible on a light theme). */
  a {
    color: color-mix(in oklab, var(--_brand) 60%, var(--_text));
    text-decoration: underline;
  }
  [part='more'] {
    margin-block-start: calc(var(--_space) * 0.5);
  }
`;

export default css`
  :host {
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_font-size-md);
    color: var(--_text);
    line-height: 1.45;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
`;
