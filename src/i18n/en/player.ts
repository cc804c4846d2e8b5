/** English strings of the `player.*` keys (`rtk-livestream-player`). */
export const playerStrings = {
  'player.label': 'Livestream',
  'player.idle': 'The livestream has not started yet.',
  'player.starting': 'The livestream is starting…',
  'player.waiting': 'Waiting for the stream to arrive…',
  'player.stopping': 'The livestream is ending…',
  'player.loading': 'Loading the livestream…',
  'player.error': 'The livestream could not be played.',
  'player.retry': 'Try again',
} as const;
