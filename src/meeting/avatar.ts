/**
 * Pure helpers for showing a person as an avatar, shared by `rtk-avatar` and the tiles so a person
 * has the same initials and colour everywhere.
 */

/** How many avatar colours there are (`--rtk-color-avatar-0` … `-7`). */
export const AVATAR_COLOURS = 8;

/** Up to two initials of a name (first and last word); `?` for an empty name. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]][0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** A stable colour index (0 … AVATAR_COLOURS - 1) for a key such as a user id. */
export function avatarColourIndex(key: string): number {
  let hash = 0;
  for (const char of key) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return hash % AVATAR_COLOURS;
}

/**
 * The URL when it is safe to show as a picture (`http:`, `https:` or a `data:image/…` URL), so a
 * picture can never run script or read local files; otherwise `undefined`.
 */
export function safeImageUrl(url: string | undefined | null): string | undefined {
  if (!url || typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (/^data:image\/[a-z0-9.+-]+[;,]/i.test(trimmed)) return trimmed;
  try {
    const parsed = new URL(trimmed, document.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
