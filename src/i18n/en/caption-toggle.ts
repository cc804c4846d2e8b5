/** English strings of the `caption_toggle.*` keys: the control that shows live captions. */
export const captionToggleStrings = {
  'caption_toggle.label': 'Captions',
} as const;
