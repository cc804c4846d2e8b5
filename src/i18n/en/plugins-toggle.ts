/** English strings of the `plugins_toggle.*` keys: the plugins button's badge. */
export const pluginsToggleStrings = {
  'plugins_toggle.open_count': '{count, plural, one {# plugin open} other {# plugins open}}',
} as const;
