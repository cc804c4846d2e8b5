import type { Translator } from '../i18n/t.js';

/**
 * How the local user is named on their own tile and in lists: "Ada Lovelace (you)", or just
 * "You" when they have no name or their name already is that word (the demo's default), never
 * "You (you)". `key` is the "{name} (you)" pattern of the caller's strings.
 */
export function selfName(localize: Translator, name: string | undefined, key = 'tile.you'): string {
  const you = localize('tile.self');
  const given = name?.trim() ?? '';
  return !given || given.toLocaleLowerCase() === you.toLocaleLowerCase()
    ? you
    : localize(key, { name: given });
}
