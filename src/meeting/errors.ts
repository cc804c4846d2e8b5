/**
 * Turns whatever a rejected meeting call threw into text for a notification.
 *
 * SDK errors read `[ERR<code>]: {<Module>} <text>\n<detail>`; the detail line is the part a person
 * can act on, and the code is kept for support.
 */
export interface ErrorInfo {
  /** The 4-digit SDK error code, when there is one. */
  code?: string;
  /** A one-line message for people. */
  message: string;
}

export function describeError(error: unknown): ErrorInfo {
  const raw =
    error instanceof Error
      ? error.message
      : typeof error === 'string'
        ? error
        : typeof (error as { message?: unknown })?.message === 'string'
          ? (error as { message: string }).message
          : '';
  const codeValue = (error as { code?: unknown })?.code;
  const code =
    typeof codeValue === 'string' && /^\d{4}$/.test(codeValue)
      ? codeValue
      : /\[ERR(\d{4})\]/.exec(raw)?.[1];
  const lines = raw
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const detail =
    lines.length > 1
      ? lines[lines.length - 1]
      : lines[0]?.replace(/^\[ERR\d{4}\]:\s*(\{[^}]*\}\s*)?/, '');
  return { code, message: detail || 'Something went wrong.' };
}
