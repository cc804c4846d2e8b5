/** English strings of the `header.*` keys: the header and the small parts it shows. */
export const headerStrings = {
  'header.label': 'Meeting information',
  'header.logo_alt': 'Logo',
  'header.clock_label': 'Time in meeting',
  'header.clock_time': '{time}',
  'header.count': '{count}',
  'header.participant_count': '{count, plural, one {# participant} other {# participants}}',
  'header.viewer_count': '{count, plural, one {# viewer} other {# viewers}}',
  'header.recording': 'Recording',
  'header.recording_paused': 'Recording paused',
  'header.recording_started': 'Recording started',
  'header.recording_stopped': 'Recording stopped',
  'header.live': 'Live',
} as const;
