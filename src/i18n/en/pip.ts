/** English strings of the `pip.*` keys (picture in picture; loaded with its session, on first use). */
export const pipStrings = {
  'pip.unsupported': 'Picture in picture is not supported in this browser',
  'pip.nobody': 'Nobody to show yet',
} as const;
