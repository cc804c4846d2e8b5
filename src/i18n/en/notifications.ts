/** English strings of the `notifications.*` keys. */
export const notificationsStrings = {
  'notifications.label': 'Notifications',
  'notifications.dismiss': 'Dismiss notification',
} as const;
