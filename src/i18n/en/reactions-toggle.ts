/** English strings of the `reactions_toggle.*` keys (the control bar's reactions button). */
export const reactionsToggleStrings = {
  'reactions_toggle.label': 'Reactions',
} as const;
