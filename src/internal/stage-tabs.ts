import type { StageTab } from '../events/stage-tab-change.js';
import type { ActiveTab } from '../meeting/meta.js';
import type { Peer } from '../meeting/participant.js';
import type { Plugin } from '../meeting/plugins.js';

// Pure helpers shared by `rtk-tab-bar` and `rtk-mixed-grid`, so both pick the same tab in the
// same frame (no component code here: importing it costs a few hundred bytes).

/** The `type:id` key of a tab (or of an `ActiveTab`). */
export function tabKey(tab: { type: string; id: string } | undefined): string | undefined {
  return tab ? `${tab.type}:${tab.id}` : undefined;
}

/** The UI-states value of a tab: only its `{ type, id }`, like the SDK's `ActiveTab`. */
export function toActiveTab(tab: StageTab): ActiveTab {
  return { type: tab.type, id: tab.id };
}

/** The `{ type, id }` stored in the UI states (`activeTab`), when it has that shape. */
export function storedTab(value: unknown): ActiveTab | undefined {
  const tab = value as Partial<ActiveTab> | undefined;
  return tab && (tab.type === 'screenshare' || tab.type === 'plugin') && typeof tab.id === 'string'
    ? { type: tab.type, id: tab.id }
    : undefined;
}

/** One tab per screen share (in the order given), then one per active plugin. */
export function stageTabs(sharers: readonly Peer[], plugins: readonly Plugin[]): StageTab[] {
  const tabs: StageTab[] = [];
  const seen = new Set<string>();
  for (const p of sharers) {
    if (!p || seen.has(`s:${p.id}`)) continue;
    seen.add(`s:${p.id}`);
    tabs.push({ type: 'screenshare', id: p.id, participant: p });
  }
  for (const plugin of plugins) {
    if (!plugin || seen.has(`p:${plugin.id}`)) continue;
    seen.add(`p:${plugin.id}`);
    tabs.push({ type: 'plugin', id: plugin.id, plugin });
  }
  return tabs;
}

/**
 * The tab to show among `tabs`: the wanted one while it exists. When it went away (its share
 * stopped, its plugin closed), the one that followed it in `previousKeys` (the tabs shown last
 * time) and still exists, else the one before it; else the first tab.
 */
export function pickTab(
  tabs: readonly StageTab[],
  wanted: string | undefined,
  previousKeys: readonly string[] = [],
): StageTab | undefined {
  if (tabs.length === 0) return undefined;
  const byKey = new Map(tabs.map((t) => [tabKey(t)!, t]));
  if (wanted && byKey.has(wanted)) return byKey.get(wanted);
  const index = wanted ? previousKeys.indexOf(wanted) : -1;
  if (index >= 0) {
    for (const key of previousKeys.slice(index + 1)) if (byKey.has(key)) return byKey.get(key);
    for (const key of previousKeys.slice(0, index).reverse())
      if (byKey.has(key)) return byKey.get(key);
  }
  return tabs[0];
}

/** The SDK's `TabChangeSource` (not exported there): a tab the user chose. */
export const TAB_SOURCE_USER = 0;
/** The SDK's `TabChangeSource`: a tab the meeting set (one self follows; never broadcast again). */
export const TAB_SOURCE_MEETING = 1;

/**
 * Per meeting (its `meta`), the key of the tab a host syncing their view told self to show last.
 * Set by `rtk-mixed-grid` when it follows `activeTabUpdate`; cleared when the user picks a tab.
 */
export const followedTabs = new WeakMap<object, string>();

/**
 * Tells the meeting which tab self shows (`meta.setSelfActiveTab`): with `TAB_SOURCE_USER` and
 * `broadcastTabChanges` on, the SDK shows it to everyone. A meeting without it is left alone.
 */
export function reportTab(
  meta: { setSelfActiveTab?(tab: ActiveTab, source: number): void } | undefined,
  tab: ActiveTab,
  source: number,
): void {
  try {
    meta?.setSelfActiveTab?.({ type: tab.type, id: tab.id }, source);
  } catch {
    // A half-shaped meta: what self shows does not depend on it.
  }
}
