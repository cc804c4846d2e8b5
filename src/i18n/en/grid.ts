/** English strings of the `grid.*` keys. */
export const gridStrings = {
  'grid.empty': 'Waiting for others to join…',
  'grid.label': 'Participants',
} as const;
