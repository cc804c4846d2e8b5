import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One keyboard shortcut. */
export interface Shortcut {
  /** `KeyboardEvent.key`, compared case-insensitively (e.g. `'d'`). */
  key: string;
  /** Needs Ctrl (Windows, Linux) or ⌘ (macOS): either modifier matches. Default true. */
  mod?: boolean;
  /** Needs Shift. Default false. */
  shift?: boolean;
  /** Needs Alt / ⌥. Default false. */
  alt?: boolean;
  /** What the shortcut does. */
  run: (event: KeyboardEvent) => void;
}

/** Options of `KeyboardShortcutController`. */
export interface KeyboardShortcutOptions {
  /** Shortcuts fire only while this returns true (e.g. while the meeting is joined). */
  enabled?: () => boolean;
  /** Where to listen for `keydown` (default `document`). */
  target?: () => EventTarget | undefined;
  /** Called with a key no shortcut matched (same conditions), e.g. to load more shortcuts. */
  other?: (event: KeyboardEvent) => void;
}

const TEXT_INPUTS = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/**
 * True when the keyboard event comes from a place where the user is typing: a text `<input>`,
 * a `<textarea>`, a `<select>`, an element with `role="textbox"` or any `contenteditable`
 * content, including inside shadow roots (the first node of the composed path is checked).
 */
export function isTyping(event: Event): boolean {
  for (const node of event.composedPath()) {
    if (!(node instanceof HTMLElement)) continue;
    if (node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) return true;
    if (node instanceof HTMLInputElement) return TEXT_INPUTS.has(node.type);
    if (node.isContentEditable || node.getAttribute('role') === 'textbox') return true;
    // Only the innermost element decides; its ancestors are not where the caret is.
    return false;
  }
  return false;
}

/**
 * Keyboard shortcuts for a component, listening on the document while the host is connected.
 *
 * A shortcut does not fire while the user is typing (see `isTyping`), on auto-repeat, when a
 * listener before us already handled the key (`defaultPrevented`), or while `enabled()` returns
 * false. A shortcut that fires prevents the browser's default action for that key.
 */
export class KeyboardShortcutController implements ReactiveController {
  private target?: EventTarget;

  constructor(
    host: ReactiveControllerHost,
    private readonly shortcuts: () => readonly Shortcut[],
    private readonly options: KeyboardShortcutOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.target = this.options.target?.() ?? document;
    this.target.addEventListener('keydown', this.handleKeydown as EventListener);
  }

  hostDisconnected(): void {
    this.target?.removeEventListener('keydown', this.handleKeydown as EventListener);
    this.target = undefined;
  }

  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.repeat || event.isComposing) return;
    if (this.options.enabled && !this.options.enabled()) return;
    const mod = event.ctrlKey || event.metaKey;
    const shortcut = this.shortcuts().find(
      (s) =>
        s.key.toLowerCase() === event.key.toLowerCase() &&
        (s.mod ?? true) === mod &&
        (s.shift ?? false) === event.shiftKey &&
        (s.alt ?? false) === event.altKey,
    );
    if (isTyping(event)) return;
    if (!shortcut) return this.options.other?.(event);
    event.preventDefault();
    shortcut.run(event);
  };
}
