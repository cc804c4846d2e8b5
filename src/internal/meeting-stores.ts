import type { VideoEffectsProvider } from '../effects/video-effects.js';

/**
 * The kit's module-level stores, in one place: what the kit remembers beyond a single element.
 *
 * Each is a `WeakMap` keyed by a meeting object (or by a person of a meeting), never a plain
 * global: two meetings on one page (DESIGN §7) never see each other's entries, and an entry is
 * forgotten with the meeting it belongs to. Elements come and go (the control bar re-creates a
 * toggle when it moves it into "More", a list is re-rendered when a tab changes), so what must
 * outlive them lives here, per meeting, instead of in the element. Each store has one accessor;
 * nothing else reads or writes the maps.
 */

const stageRequestTimes = new WeakMap<object, Map<string, number>>();

/**
 * When each stage request of `meeting` was first seen, by user id (`Date.now()` values), for the
 * "asked 2 minutes ago" texts of `rtk-stage-requests`. The SDK's request payload carries no time,
 * so the kit notes when a request appeared; per meeting, so every list of the meeting shows the
 * same time and a request keeps it when a list is re-created. The caller adds and drops entries.
 */
export function stageRequestTimesOf(meeting: object): Map<string, number> {
  let times = stageRequestTimes.get(meeting);
  if (!times) stageRequestTimes.set(meeting, (times = new Map()));
  return times;
}

const meetingKeys = new WeakMap<object, number>();
let meetingCount = 0;

/**
 * A number for `meeting`, unique on the page and stable for its life: what `rtk-chat-composer-ui`
 * puts in front of a conversation to name its saved draft, so that drafts of two meetings on one
 * page never mix (objects cannot be storage keys themselves).
 */
export function meetingKeyOf(meeting: object): number {
  let key = meetingKeys.get(meeting);
  if (key === undefined) {
    meetingCount += 1;
    key = meetingCount;
    meetingKeys.set(meeting, key);
  }
  return key;
}

const unseen = new WeakMap<object, Map<string, Set<string>>>();

/**
 * The ids of what others added to sidebar section `section` (chat messages, polls) of `meeting`
 * since the section was last open, for the count badges of the sidebar toggles. Per meeting, not
 * per element: `rtk-controlbar` re-creates a toggle when it moves it into "More" and back, and two
 * toggles of one section (bar and header, say) must count each item once. With `create`, an empty
 * set is made when there is none; without, `undefined` means nothing unseen yet.
 */
export function unseenIdsOf(meeting: object, section: string, create = false): Set<string> | undefined {
  let sections = unseen.get(meeting);
  if (!sections && create) unseen.set(meeting, (sections = new Map()));
  let ids = sections?.get(section);
  if (!ids && sections && create) sections.set(section, (ids = new Set()));
  return ids;
}

const folded = new WeakMap<object, { name: string; folded: string }>();

/** Lower case, without accents, for search: "Zoë" becomes "zoe". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * `person.name` folded for search (`foldForSearch`), cached per person object of the meeting, so
 * filtering a list of thousands on every keystroke folds each name once; refreshed when the name
 * changes. Shared by `rtk-participants` and `rtk-participants-viewer-list`.
 */
export function foldedNameOf(person: { readonly name?: string }): string {
  const name = person.name ?? '';
  let entry = folded.get(person);
  if (entry?.name !== name) folded.set(person, (entry = { name, folded: foldForSearch(name) }));
  return entry.folded;
}

/**
 * The video effects the page offers for each meeting (`provideVideoEffects`, read by
 * `videoEffectsOf` for the settings of every component showing that meeting). Per meeting, so
 * several meetings on a page can offer different effects.
 */
export const videoEffectsByMeeting: Pick<WeakMap<object, VideoEffectsProvider>, 'get' | 'set' | 'delete'> = new WeakMap();
