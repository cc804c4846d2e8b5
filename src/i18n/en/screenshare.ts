/** English strings of the `screenshare.*` keys (`rtk-screenshare-view`). */
export const screenshareStrings = {
  'screenshare.label': "{name}'s screen",
  'screenshare.you_sharing': 'You are sharing your screen',
  'screenshare.you_sharing_hint':
    'Others see it. Your own view is hidden to avoid a mirror effect.',
  'screenshare.stop': 'Stop sharing',
  'screenshare.fit': 'Fit to view',
  'screenshare.fill': 'Fill the view',
  'screenshare.fullscreen_enter': 'Full screen',
  'screenshare.fullscreen_exit': 'Exit full screen',
} as const;
