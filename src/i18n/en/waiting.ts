/** English strings of the `waiting.*` keys. */
export const waitingStrings = {
  'waiting.message': 'Waiting for the host to let you in…',
} as const;
