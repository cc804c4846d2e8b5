/** English strings of the `transcripts.*` keys: live captions over the stage. */
export const transcriptsStrings = {
  'transcripts.label': 'Captions',
  'transcripts.waiting': 'Captions are on. They appear here when someone speaks.',
  'transcripts.someone': 'Someone',
  'transcripts.speaker': '{name}:',
  'transcripts.settings': 'Caption settings',
  'transcripts.size': 'Caption size',
  'transcripts.size_sm': 'Small',
  'transcripts.size_md': 'Medium',
  'transcripts.size_lg': 'Large',
  'transcripts.size_xl': 'Extra large',
  'transcripts.announce': 'Read captions to screen readers',
} as const;
