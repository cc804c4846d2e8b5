/** English strings of the `raise_hand_toggle.*` keys (the control bar's raise-hand button). */
export const raiseHandToggleStrings = {
  'raise_hand_toggle.raise': 'Raise hand',
  'raise_hand_toggle.lower': 'Lower hand',
} as const;
