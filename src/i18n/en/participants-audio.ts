/** English strings of the `participants_audio.*` keys (`rtk-participants-audio`). */
export const participantsAudioStrings = {
  'participants_audio.blocked': 'Your browser paused the meeting audio.',
  'participants_audio.enable': 'Click to enable audio',
} as const;
