/** English strings of the `ai_toggle.*` keys: the control that opens the meeting's transcript. */
export const aiToggleStrings = {
  'ai_toggle.label': 'Transcript',
} as const;
