/*
 * The kit's keyboard shortcuts, in one table: what `rtk-controlbar`'s keyboard layer runs and what
 * the help (`rtk-keyboard-shortcuts`) lists. Loaded with the layer (first `?` or first use), never
 * with the bar: the bar itself knows only Ctrl/⌘+D and Ctrl/⌘+E.
 */

/** What a shortcut does. */
export type ShortcutAction =
  | 'mic'
  | 'camera'
  | 'screenshare'
  | 'raiseHand'
  | 'reactions'
  | 'chat'
  | 'participants'
  | 'qna'
  | 'captions'
  | 'leave'
  | 'help';

/**
 * `config.shortcuts`: a key combination per action (`'Alt+Shift+H'`, `'Mod+K'`: `Mod` is Ctrl, or
 * ⌘ on macOS), or `false` to turn one off; `pushToTalk: false` turns off holding Space to talk.
 * Combinations other than `?` need Ctrl/⌘ or Alt.
 */
export type ShortcutConfig = Partial<Record<ShortcutAction, string | false>> & {
  pushToTalk?: boolean;
};

/** A parsed key combination. */
export interface KeyCombo {
  /** `KeyboardEvent.key`, lower case (`'d'`, `'?'`). */
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

/** One row of the table: an action, its combination, and the control it runs (a tag in the bar). */
export interface ShortcutEntry {
  action: ShortcutAction;
  combo: KeyCombo;
  /** The bar's control whose `toggle()` (or click) the shortcut is. */
  tag?: string;
}

/** The default combinations, in the order the help lists them. */
export const DEFAULT_SHORTCUTS: ReadonlyArray<[ShortcutAction, string, string?]> = [
  ['mic', 'Mod+D', 'rtk-mic-toggle'],
  ['camera', 'Mod+E', 'rtk-camera-toggle'],
  ['screenshare', 'Alt+Shift+S', 'rtk-screen-share-toggle'],
  ['raiseHand', 'Alt+Shift+H', 'rtk-raise-hand-toggle'],
  ['reactions', 'Alt+Shift+R', 'rtk-reactions-toggle'],
  ['chat', 'Alt+Shift+C', 'rtk-chat-toggle'],
  ['participants', 'Alt+Shift+P', 'rtk-participants-toggle'],
  ['qna', 'Alt+Shift+Q', 'rtk-qna-toggle'],
  ['captions', 'Alt+Shift+T', 'rtk-caption-toggle'],
  ['leave', 'Alt+Shift+L', 'rtk-leave-button'],
  ['help', '?'],
];

/** Parses `'Alt+Shift+H'` (case-insensitive; `Ctrl`, `Cmd`, `Meta` and `Mod` are all Ctrl/⌘). */
export function parseCombo(text: string): KeyCombo | undefined {
  const parts = text
    .split('+')
    .map((p) => p.trim())
    .filter(Boolean);
  // "Ctrl++" means the + key.
  if (text.trim().endsWith('++')) parts.push('+');
  const key = parts.pop();
  if (!key) return undefined;
  const combo: KeyCombo = { key: key.toLowerCase(), mod: false, shift: false, alt: false };
  for (const part of parts.map((p) => p.toLowerCase())) {
    if (['mod', 'ctrl', 'control', 'cmd', 'command', 'meta'].includes(part)) combo.mod = true;
    else if (part === 'shift') combo.shift = true;
    else if (['alt', 'option', 'opt'].includes(part)) combo.alt = true;
    else return undefined;
  }
  if (combo.key === 'space') combo.key = ' ';
  // Without Ctrl/⌘ or Alt a shortcut would fire while people move around the page.
  if (!combo.mod && !combo.alt && combo.key !== '?') return undefined;
  return combo;
}

/** The table in use: the defaults with `config` applied (an invalid combination keeps the default). */
export function shortcutTable(config: ShortcutConfig | undefined): ShortcutEntry[] {
  const entries: ShortcutEntry[] = [];
  for (const [action, fallback, tag] of DEFAULT_SHORTCUTS) {
    const own = config?.[action];
    if (own === false) continue;
    const combo = (typeof own === 'string' && parseCombo(own)) || parseCombo(fallback)!;
    entries.push({ action, combo, tag });
  }
  return entries;
}

/** Whether push-to-talk (hold Space while muted) is on. */
export function pushToTalkOn(config: ShortcutConfig | undefined): boolean {
  return config?.pushToTalk !== false;
}

/** macOS and iOS show ⌘ and ⌥ instead of Ctrl and Alt. */
export function isApple(): boolean {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform ??
    '';
  return /mac|iphone|ipad/i.test(platform);
}

/**
 * Whether `event` is `combo`. Letters and digits compare by physical key (`event.code`) when Alt
 * is held, because Alt/⌥ changes the character on macOS and some layouts (⌥+H is "˙").
 */
export function matches(event: KeyboardEvent, combo: KeyCombo): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (combo.key === '?') return event.key === '?' && !mod && !event.altKey;
  if (combo.mod !== mod || combo.alt !== event.altKey || combo.shift !== event.shiftKey)
    return false;
  const key = event.key.toLowerCase();
  if (key === combo.key) return true;
  const code = /^[a-z]$/.test(combo.key)
    ? `Key${combo.key.toUpperCase()}`
    : /^[0-9]$/.test(combo.key)
      ? `Digit${combo.key}`
      : '';
  return !!code && event.code === code;
}
