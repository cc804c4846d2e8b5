/**
 * English strings of the `call_warnings.*` keys: warnings raised during a call (your connection
 * is poor, you speak while muted), loaded with the first of them.
 */
export const callWarningsStrings = {
  'call_warnings.poor_connection': 'Your connection is poor: others may see and hear you badly.',
  'call_warnings.open_diagnostics': 'Details',
  'call_warnings.muted_speaking': 'You are muted. Unmute to be heard.',
  'call_warnings.unmute': 'Unmute',
  'call_warnings.unmute_failed': 'Your microphone could not be turned on.',
} as const;
