/** English strings of the `shell.*` keys (`rtk-meeting` layout and connection banner, `rtk-stage`). */
export const shellStrings = {
  'shell.stage': 'Stage',
  'shell.sidebar': 'Sidebar',
  'shell.stage_named': 'Stage: {title}',
  'shell.reconnecting': 'Reconnecting…',
  'shell.connection_lost': 'Connection lost',
  'shell.reconnected': 'Reconnected',
  'shell.media_lost': 'Audio and video connection lost. Trying to restore it…',
} as const;
