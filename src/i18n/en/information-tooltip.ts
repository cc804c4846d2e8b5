/** English strings of the `information_tooltip.*` keys. */
export const informationTooltipStrings = {
  'information_tooltip.label': 'More information',
} as const;
