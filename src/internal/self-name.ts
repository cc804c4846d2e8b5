import type { Translator } from '../i18n/t.js';

/**
 * How the local user is named on their own tile and in lists: "Ada Lovelace (you)", or just
 * "You" when they have no name or their name already is that word (in this language or English,
 * the demo's default), never "You (you)". `key` is the "{name} (you)" pattern of the caller's strings.
 */
export function selfName(localize: Translator, name: string | undefined, key = 'tile.you'): string {
  const you = localize('tile.self');
  const given = name?.trim() ?? '';
  // "You" is also the English default name (the demo's, and an SDK's without a name).
  const same = [you, 'You'].some((w) => w.toLocaleLowerCase() === given.toLocaleLowerCase());
  return !given || same ? you : localize(key, { name: given });
}
