/** English strings of the `language_picker.*` keys: the language picker (settings, setup screen). */
export const languagePickerStrings = {
  'language_picker.label': 'Language',
  'language_picker.loading': 'Loading {language}…',
  'language_picker.failed': 'Could not load {language}. Check your connection, then try again.',
} as const;
