/** English strings of the `dialogs.*` keys: the dialog manager, leave and confirmation dialogs. */
export const dialogsStrings = {
  'dialogs.leave_title': 'Leave meeting?',
  'dialogs.leave_body': 'Are you sure you want to leave the meeting?',
  'dialogs.leave_body_host':
    'You can leave and let the others go on, or end the meeting for everyone.',
  'dialogs.leave': 'Leave meeting',
  'dialogs.end_for_all': 'End meeting for all',
  'dialogs.cancel': 'Cancel',
  'dialogs.confirm': 'Confirm',
  'dialogs.settings': 'Settings',
} as const;
