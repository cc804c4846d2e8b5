/** English strings of the `precall.*` keys: the pre-call check on the setup screen. */
export const precallStrings = {
  'precall.label': 'Pre-call check',
  'precall.connection_connected': 'Connection: connected to the meeting server.',
  'precall.connection_reconnecting': 'Connection: reconnecting to the meeting server…',
  'precall.connection_disconnected': 'Connection: not connected. Check your network.',
  'precall.connection_failed':
    'Connection: the meeting server cannot be reached. Check your network.',
  'precall.mic_on': 'microphone on',
  'precall.mic_off': 'microphone off',
  'precall.mic_blocked': 'microphone blocked',
  'precall.camera_on': 'camera on',
  'precall.camera_off': 'camera off',
  'precall.camera_blocked': 'camera blocked',
  'precall.offline': 'not connected',
  'precall.ready': 'Ready to join: {items}.',
  'precall.check': 'Check before joining: {items}.',
} as const;
