/** English strings of the `error.*` keys. */
export const errorStrings = {
  'error.generic': 'Something went wrong.',
  'error.action_failed': '{action} failed: {message}',
} as const;
