/**
 * English strings of the `speaker_selector.*` keys: what `rtk-speaker-selector` says where the
 * browser cannot choose a sound output (no `setSinkId`: Safari and other WebKit browsers).
 */
export const speakerSelectorStrings = {
  'speaker_selector.system': 'System sound output',
  'speaker_selector.unsupported':
    'This browser plays the meeting through your system’s sound output. To use another speaker, choose it in your system’s sound settings.',
} as const;
