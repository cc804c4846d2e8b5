/** English strings of the `tile.*` keys. */
export const tileStrings = {
  'tile.you': '{name} (you)',
  'tile.muted': 'Microphone off',
  'tile.speaking': 'Speaking',
  'tile.video_off': 'Camera off',
  'tile.mic_on': 'Microphone on',
  'tile.video_on': 'Camera on',
  'tile.pinned': 'Pinned',
  'tile.label': '{name}, {audio}, {video}',
} as const;
