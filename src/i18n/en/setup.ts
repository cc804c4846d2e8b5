/** English strings of the `setup.*` keys. */
export const setupStrings = {
  'setup.title': 'Ready to join?',
  'setup.name_label': 'Your name',
  'setup.name_placeholder': 'Enter your name',
  'setup.name_required': 'Please enter your name.',
  'setup.name_too_long': 'Names can be at most {max} characters.',
  'setup.join': 'Join meeting',
  'setup.joining': 'Joining…',
  'setup.join_failed': 'Could not join: {message}',
  'setup.in_meeting':
    '{count, plural, =0 {Nobody is here yet} one {# person is here} other {# people are here}}',
  'setup.already_here': 'Already here',
  'setup.and_more': '+{count}',
  'setup.viewer': 'You will join as a viewer.',
  'setup.viewer_hint': 'You can watch and listen. Your microphone and camera stay off.',
  'setup.devices': 'Devices',
  'setup.error_code': 'Error code {code}',
} as const;
