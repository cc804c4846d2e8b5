/** English strings of the `avatar.*` keys. */
export const avatarStrings = {
  'avatar.unknown': 'Unknown person',
} as const;
