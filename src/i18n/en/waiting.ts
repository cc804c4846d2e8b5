/** English strings of the `waiting.*` keys. */
export const waitingStrings = {
  'waiting.message': 'Waiting for the host to let you in…',
  'waiting.title': 'You are in the waiting room',
  'waiting.hint': 'The host knows you are here. This page moves on by itself when you are let in.',
  'waiting.leave': 'Leave waiting room',
  'waiting.admitted': 'You have been let in. Joining…',
  'waiting.rejected': 'The host did not let you in.',
  'waiting.left': 'You left the waiting room.',
} as const;
