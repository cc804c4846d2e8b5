import { INLINE } from './markdown-syntax.js';

/**
 * A chat message as one line of plain text, for previews (toasts, notifications): the Markdown
 * marks go (`**bold**` reads "bold", `[docs](https://…)` reads "docs"), fences and list markers
 * go, and the lines join with spaces. The result is text: callers render it as text.
 */
export function markdownToPlainText(text: string): string {
  const inline = (line: string, depth: number): string =>
    depth > 3
      ? line
      : line.replace(
          INLINE,
          (whole, code, bold, italic, underscored, label, _target, bare) =>
            code ?? bare ?? inline(bold ?? italic ?? underscored ?? label ?? whole, depth + 1),
        );
  return text
    .split('\n')
    .filter((line) => !/^\s{0,3}```/.test(line))
    .map((line) => inline(line.replace(/^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+/, ''), 0).trim())
    .filter(Boolean)
    .join(' ');
}
