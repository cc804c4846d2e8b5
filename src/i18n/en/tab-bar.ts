/** English strings of the `tab_bar.*` keys (`rtk-tab-bar`). */
export const tabBarStrings = {
  'tab_bar.label': 'On the stage',
  'tab_bar.screenshare': "{name}'s screen",
  'tab_bar.screenshare_self': 'Your screen',
} as const;
