/** English strings of the `reactions_overlay.*` keys (floating reactions, the picker, hand notices). */
export const reactionsOverlayStrings = {
  'reactions_overlay.picker': 'Send a reaction',
  'reactions_overlay.close': 'Close reactions',
  'reactions_overlay.send': 'React with {emoji}',
  'reactions_overlay.you': 'You',
  'reactions_overlay.reacted': '{name} reacted {emoji}',
  'reactions_overlay.reacted_many':
    '{name} and {count, plural, one {# other} other {# others}} reacted {emoji}',
  'reactions_overlay.too_fast': 'Too many reactions at once. Wait a moment.',
  'reactions_overlay.not_sent': 'Your reaction was not sent: {message}',
  'reactions_overlay.hand_raised': '{name} raised their hand',
  'reactions_overlay.show_queue': 'Show raised hands',
  'reactions_overlay.show_queue_count':
    'Show {count, plural, one {# raised hand} other {# raised hands}}',
  'reactions_overlay.hide_queue': 'Hide raised hands',
  'reactions_overlay.hand_not_raised': 'Your hand was not raised. Try again.',
  'reactions_overlay.hand_not_lowered': 'Your hand was not lowered. Try again.',
  'reactions_overlay.hand_lowered_by_host': 'A host lowered your hand.',
  'reactions_overlay.not_lowered': 'The hand of {name} was not lowered. Try again.',
  'reactions_overlay.all_not_lowered': 'The hands were not lowered. Try again.',
} as const;
