/** English strings of the `hand_raise_queue.*` keys (the hosts' queue of raised hands). */
export const handRaiseQueueStrings = {
  'hand_raise_queue.title': 'Raised hands',
  'hand_raise_queue.count': '{count, plural, one {# hand raised} other {# hands raised}}',
  'hand_raise_queue.empty': 'No hands are raised.',
  'hand_raise_queue.lower': 'Lower',
  'hand_raise_queue.lower_name': 'Lower the hand of {name}',
  'hand_raise_queue.lower_all': 'Lower all',
  'hand_raise_queue.you': '{name} (you)',
} as const;
