/** English strings of the `paginated_list.*` keys. */
export const paginatedListStrings = {
  'paginated_list.empty': 'Nothing here yet.',
  'paginated_list.load_more': 'Load more',
  'paginated_list.loading': 'Loading…',
  'paginated_list.error': 'Could not load more items.',
  'paginated_list.show_new': 'Show new items',
} as const;
