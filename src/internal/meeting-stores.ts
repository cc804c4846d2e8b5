import type { VideoEffectsProvider } from '../effects/video-effect-types.js';

/*
 * The kit's module-level stores, in one place: what the kit remembers beyond a single element.
 *
 * Each is keyed by a meeting object, never a plain global: two meetings on one page never see
 * each other's entries, and an entry is forgotten with the meeting it belongs to. Elements come
 * and go (the control bar re-creates a toggle when it moves it into "More", a list is re-rendered
 * when a tab changes), so what must outlive them lives here, per meeting, instead of in the
 * element. Each store has one accessor; nothing else reads or writes the maps.
 *
 * Not here, because it is not per meeting: the search cache of folded names, per person
 * (`foldedNameOf` in `search-fold.ts`).
 */

/** A store keyed by meeting: the value for a meeting, made by `make` the first time it is asked. */
function perMeeting<V>(make: () => V): (meeting: object) => V {
  const values = new WeakMap<object, V>();
  return (meeting) => {
    let value = values.get(meeting);
    if (value === undefined) values.set(meeting, (value = make()));
    return value;
  };
}

/**
 * When each stage request of a meeting was first seen, by user id (`Date.now()` values), for the
 * "asked 2 minutes ago" texts of `rtk-stage-requests`. The SDK's request payload carries no time,
 * so the kit notes when a request appeared; per meeting, so every list of the meeting shows the
 * same time and a request keeps it when a list is re-created. The caller adds and drops entries.
 */
export const stageRequestTimesOf = perMeeting(() => new Map<string, number>());

let meetingCount = 0;

/**
 * A number for a meeting, unique on the page and stable for its life: what `rtk-chat-composer-ui`
 * puts in front of a conversation to name its saved draft, so that drafts of two meetings on one
 * page never mix (objects cannot be storage keys themselves).
 */
export const meetingKeyOf = perMeeting(() => ++meetingCount);

/**
 * By sidebar section (`chat`, `polls`), the ids of what others added to it since it was last
 * open, for the count badges of the sidebar toggles. Per meeting, not per element:
 * `rtk-controlbar` re-creates a toggle when it moves it into "More" and back, and two toggles of
 * one section (bar and header, say) must count each item once.
 */
export const unseenIdsOf = perMeeting(() => new Map<string, Set<string>>());

/**
 * The video effects the page offers for each meeting (`provideVideoEffects`, read by
 * `videoEffectsOf` for the settings of every component showing that meeting). Per meeting, so
 * several meetings on a page can offer different effects.
 */
export const videoEffectsByMeeting: Pick<
  WeakMap<object, VideoEffectsProvider>,
  'get' | 'set' | 'delete'
> = new WeakMap();
