/** English strings of the `ended.*` keys. */
export const endedStrings = {
  'ended.left': 'You left the meeting.',
  'ended.ended': 'The meeting has ended.',
  'ended.kicked': 'You were removed from the meeting.',
  'ended.rejected': 'Your request to join was declined.',
  'ended.disconnected': 'You were disconnected.',
  'ended.failed': 'The connection to the meeting failed.',
  'ended.default': 'You are no longer in the meeting.',
  'ended.left_hint': 'Thanks for joining. You can close this page now.',
  'ended.ended_hint': 'The host ended the meeting for everyone.',
  'ended.kicked_hint': 'The host removed you from this meeting.',
  'ended.rejected_hint': 'The host did not let you in this time.',
  'ended.disconnected_hint': 'Check your network connection, then join again.',
  'ended.failed_hint': 'Check your network connection, then join again.',
  'ended.default_hint': 'You can close this page now.',
  'ended.rejoin': 'Rejoin',
} as const;
