/** English strings of the `mic.*` keys. */
export const micStrings = {
  'mic.on': 'Mute microphone',
  'mic.off': 'Unmute microphone',
  'mic.label_on': 'Mic on',
  'mic.label_off': 'Mic off',
  'mic.not_allowed': 'You are not allowed to use the microphone',
  'mic.needs_stage': 'Join the stage to use your microphone',
  'mic.permission_denied': 'Microphone access is blocked. Allow it in your browser settings.',
} as const;
