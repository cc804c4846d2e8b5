/** English strings of the `idle.*` keys. */
export const idleStrings = {
  'idle.loading': 'Getting your meeting ready…',
  'idle.no_meeting': 'No meeting to show yet.',
} as const;
