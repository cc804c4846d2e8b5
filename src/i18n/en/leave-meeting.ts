/**
 * English strings of the `leave_meeting.*` keys: what the leave confirmation (`rtk-leave-meeting`)
 * says when a choice did not take effect. Loaded with it, not with the joined meeting.
 */
export const leaveMeetingStrings = {
  'leave_meeting.still_joined':
    'You are still in the meeting: it did not confirm that you left. Try again.',
  'leave_meeting.not_ended':
    'The meeting has not ended: it did not confirm ending for everyone. Try again.',
} as const;
