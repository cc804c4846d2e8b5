/** English strings of the `idle.*` keys. */
export const idleStrings = {
  'idle.loading': 'Getting your meeting ready…',
  'idle.no_meeting': 'No meeting to show yet.',
  'idle.offline': 'You are offline. Waiting for the network…',
  'idle.reconnecting': 'Connection lost. Reconnecting…',
  'idle.connection_failed': 'Could not connect to the meeting.',
} as const;
