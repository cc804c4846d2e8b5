/** English strings of the `grids.*` keys: spotlight, mixed and audio grids, pagination, indicator. */
export const gridsStrings = {
  'grids.main': 'Spotlight',
  'grids.others': 'Other participants',
  'grids.screenshare': 'Screen shared by {name}',
  'grids.audio_tile': '{name}, {audio}',
  'grids.pagination': 'Pages',
  'grids.previous_page': 'Previous page',
  'grids.next_page': 'Next page',
  'grids.page_action': 'Turning the page',
  'grids.page_status': 'Page {page} of {count}',
  'grids.pinned': 'Pinned: {name}',
  'grids.plugin': 'Plugin: {name}',
  'grids.plugin_placeholder':
    'This plugin is open for the meeting. Its content is not shown in this view.',
} as const;
