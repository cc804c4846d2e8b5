/** English strings of the `pip.*` keys (picture in picture; loaded with its session, on first use). */
export const pipStrings = {
  'pip.unsupported': 'Picture in picture is not supported in this browser',
} as const;
