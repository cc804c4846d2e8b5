/** English strings of the `controlbar.*` keys. */
export const controlbarStrings = {
  'controlbar.label': 'Meeting controls',
} as const;
