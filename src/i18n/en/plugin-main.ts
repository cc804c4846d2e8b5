/** English strings of the `plugin_main.*` keys: the plugin shown on the stage. */
export const pluginMainStrings = {
  'plugin_main.loading': 'Opening {name}…',
  'plugin_main.load_failed': '{name} could not be loaded.',
  'plugin_main.retry': 'Try again',
  'plugin_main.no_view': '{name} is open for the meeting, but this app has no view for it.',
  'plugin_main.view_only': 'View only',
  'plugin_main.fullscreen': 'Full screen',
  'plugin_main.fullscreen_exit': 'Exit full screen',
  'plugin_main.fullscreen_failed': 'Full screen is not available here.',
  'plugin_main.close': 'Close {name}',
  'plugin_main.closing': 'Closing {name}…',
  'plugin_main.close_action': 'Closing {name}',
  'plugin_main.close_not_confirmed': '{name} did not close: the meeting did not confirm it.',
} as const;
