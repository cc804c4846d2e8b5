/**
 * URL rules for everything a chat message links to. Message text, image links and file links are
 * user input: a URL is used only when it parses as an absolute URL with an allowed scheme, and is
 * returned normalised (`URL.href`), so what is checked is what is used.
 */

const RASTER_IMAGE = /^data:image\/(png|jpeg|jpg|gif|webp|avif|bmp)[;,]/i;
const SAFE_DATA_FILE =
  /^data:(text\/plain|text\/csv|application\/pdf|application\/octet-stream|application\/json|application\/zip|image\/(png|jpeg|jpg|gif|webp|avif|bmp))[;,]/i;

function parse(value: unknown): URL | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2_000_000) return undefined;
  try {
    return new URL(value.trim());
  } catch {
    return undefined;
  }
}

/** A link target: `http:` and `https:` only. */
export function safeLinkUrl(value: unknown): string | undefined {
  const url = parse(value);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined;
}

/** An image source: `http(s):`, `blob:`, or a raster `data:image/…` URL (no SVG, no HTML). */
export function safeImageUrl(value: unknown): string | undefined {
  const url = parse(value);
  if (!url) return undefined;
  if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'blob:')
    return url.href;
  if (url.protocol === 'data:' && RASTER_IMAGE.test(url.href)) return url.href;
  return undefined;
}

/** A download link: `http(s):`, `blob:`, or a `data:` URL of a few inert types (text, PDF, raster images…). */
export function safeFileUrl(value: unknown): string | undefined {
  const url = parse(value);
  if (!url) return undefined;
  if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'blob:')
    return url.href;
  if (url.protocol === 'data:' && SAFE_DATA_FILE.test(url.href)) return url.href;
  return undefined;
}
