/** English strings of the `tab_bar.*` keys (`rtk-tab-bar`, and the stage's `rtk-spotlight-indicator`). */
export const tabBarStrings = {
  'tab_bar.label': 'On the stage',
  'tab_bar.screenshare': "{name}'s screen",
  'tab_bar.screenshare_self': 'Your screen',
  'tab_bar.sync': 'Sync',
  'tab_bar.sync_off_hint': 'Show everyone the tab you choose',
  'tab_bar.sync_on_hint': 'Everyone sees the tab you choose',
  'tab_bar.following': "Following the host's view",
  'tab_bar.follow_again': "Back to the host's view",
} as const;
