/** English strings of the `grid.*` keys. */
export const gridStrings = {
  'grid.empty': 'Waiting for others to join…',
  'grid.label': 'Participants',
  'grid.more_label':
    '{count, plural, one {# more person: show everyone} other {# more people: show everyone}}',
  'grid.more': '+{count}',
  'grid.self_move': 'Move my tile to another corner',
  'grid.self_show': 'Show my tile',
} as const;
