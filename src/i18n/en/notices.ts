/** English strings of the `notices.*` keys: notifications raised from meeting events. */
export const noticesStrings = {
  'notices.joined': '{name} joined',
  'notices.joined_many': '{name} and {count, plural, one {# other} other {# others}} joined',
  'notices.left': '{name} left',
  'notices.left_many': '{name} and {count, plural, one {# other} other {# others}} left',
  'notices.chat': '{name}: {message}',
  'notices.chat_file': '{name} sent a file',
  'notices.poll': '{name} created a poll: {question}',
  'notices.stage_request': '{name} asks to join the stage',
  'notices.stage_request_many':
    '{name} and {count, plural, one {# other} other {# others}} ask to join the stage',
  'notices.waiting': '{name} is waiting to join',
  'notices.waiting_many':
    '{name} and {count, plural, one {# other} other {# others}} are waiting to join',
  'notices.recording_started': 'Recording started',
  'notices.recording_stopped': 'Recording stopped',
  'notices.open_chat': 'Open chat',
} as const;
