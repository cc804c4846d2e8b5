/** English strings of the `notification.*` keys. */
export const notificationStrings = {
  'notification.error': 'Error',
} as const;
