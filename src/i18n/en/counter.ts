/** English strings of the `counter.*` keys. */
export const counterStrings = {
  'counter.label': 'Value',
  'counter.decrease': 'Decrease',
  'counter.increase': 'Increase',
} as const;
