/**
 * The inline Markdown the kit understands, in one pattern shared by the renderer (`markdown.ts`)
 * and the plain-text preview (`plain-text.ts`). Groups: 1 `code`, 2 **bold**, 3 *italic*,
 * 4 _italic_, 5 and 6 [label](target), 7 a bare http(s) URL. Bounded repeats: linear time.
 */
export const INLINE =
  /`([^`\n]{1,2000})`|\*\*([^*\n]{1,2000}?)\*\*|\*([^*\s](?:[^*\n]{0,2000}?[^*\s])?)\*|(?<![\p{L}\p{N}_])_([^_\s](?:[^_\n]{0,2000}?[^_\s])?)_(?![\p{L}\p{N}_])|\[([^\]\n]{1,500})\]\(([^()\s]{1,2000})\)|\b(https?:\/\/[^\s<>"]{1,2000})/gu;
