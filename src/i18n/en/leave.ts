/** English strings of the `leave.*` keys. */
export const leaveStrings = {
  'leave.label': 'Leave',
  'leave.action': 'Leave meeting',
} as const;
