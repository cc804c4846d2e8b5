/** What a menu's type-ahead has typed so far, and the timer that forgets it. */
export interface Typing {
  typed: string;
  timer?: ReturnType<typeof setTimeout>;
}

/** Type-ahead forgets what was typed after this pause, in ms. */
const TYPEAHEAD_RESET_MS = 500;

/**
 * A menu's type-ahead (`MenuKeyboardController` loads it with the first letter typed): moves
 * focus to the next item whose label starts with what was just typed. The same letter again
 * cycles through the items starting with it; the typed text is forgotten after half a second.
 */
export function typeAhead(
  typing: Typing,
  key: string,
  items: HTMLElement[],
  current: number,
  labelOf: (item: HTMLElement) => string,
): void {
  clearTimeout(typing.timer);
  typing.timer = setTimeout(() => (typing.typed = ''), TYPEAHEAD_RESET_MS);
  typing.typed += key.toLowerCase();
  if (typing.typed.trim() === '') return;
  const typed = typing.typed;
  const label = (item: HTMLElement) => labelOf(item).trim().toLowerCase();
  const from = (start: number) => [...items.slice(start), ...items.slice(0, start)];
  // A fresh search starts after the current item; a longer one may match the current item.
  let match = from(typed.length === 1 ? current + 1 : Math.max(current, 0)).find((item) =>
    label(item).startsWith(typed),
  );
  // Any other miss than the same letter again starts a new search with the last key.
  if (!match) {
    if (![...typed].every((c) => c === typed[0])) typing.typed = typed.slice(-1);
    match = from(current + 1).find((item) => label(item).startsWith(typing.typed[0]));
  }
  match?.focus();
}
