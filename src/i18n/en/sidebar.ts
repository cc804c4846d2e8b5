/** English strings of the `sidebar.*` keys (`rtk-sidebar`, `rtk-sidebar-ui`). */
export const sidebarStrings = {
  'sidebar.label': 'Sidebar',
  'sidebar.tabs': 'Sidebar sections',
  'sidebar.close': 'Close sidebar',
  'sidebar.chat': 'Chat',
  'sidebar.polls': 'Polls',
  'sidebar.ai': 'Transcript',
  'sidebar.participants': 'Participants',
  'sidebar.plugins': 'Plugins',
  'sidebar.qna': 'Q&A',
  'sidebar.more': 'More',
  'sidebar.more_sections': 'More sections',
} as const;
