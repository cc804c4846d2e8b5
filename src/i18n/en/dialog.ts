/** English strings of the `dialog.*` keys. */
export const dialogStrings = {
  'dialog.close': 'Close',
} as const;
