/*
 * A reply travels inside the text of the message, the way the official kit carries it: the quote
 * comes first as `<blockquote>…</blockquote>` followed by a blank line, then the reply. The SDK's
 * message has no reply field, so this is what every client of the meeting sees; a client that does
 * not know the convention shows the quote as plain text above the reply.
 *
 * Our quote holds two lines: the quoted person's name, then the first line of what they wrote
 * (at most `QUOTE_MAX` characters). The whole text is still user input: it is only ever shown as
 * text.
 */

const OPEN = '<blockquote>';
const CLOSE = '</blockquote>';
const PATTERN = /^<blockquote>([\s\S]*?)<\/blockquote>\n\n/;

/** Longest quoted line. */
export const QUOTE_MAX = 140;

/** A text split into its quote (if it has one) and the rest. */
export interface ReplyParts {
  /** The quoted lines, or `undefined` when the text quotes nothing. */
  quote?: string;
  /** The text without the quote. */
  body: string;
}

/** Splits a message text into the quote it starts with and the reply. */
export function splitReply(text: string): ReplyParts {
  const match = PATTERN.exec(text);
  return match ? { quote: match[1] ?? '', body: text.slice(match[0].length) } : { body: text };
}

/** The one line a reply shows of a message: its first line, without its own quote, shortened. */
export function quoteLine(text: string): string {
  const line = (
    splitReply(text)
      .body.split('\n')
      .find((l) => l.trim()) ?? ''
  ).trim();
  const clean = line.split(OPEN).join('').split(CLOSE).join('');
  return clean.length > QUOTE_MAX ? `${clean.slice(0, QUOTE_MAX - 1)}…` : clean;
}

/** The text to send for a reply to `name`'s `text`. */
export function withReply(reply: string, quoted: { name: string; text: string }): string {
  const name = quoted.name.split(OPEN).join('').split(CLOSE).join('').replace(/\n/g, ' ');
  return `${OPEN}${name}\n${quoteLine(quoted.text)}${CLOSE}\n\n${reply}`;
}
