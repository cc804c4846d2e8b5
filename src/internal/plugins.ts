import { safeImageUrl } from './safe-url.js';

/**
 * The `src` of a plugin's icon (`plugin.icon`, declared by the app): what `safeImageUrl` allows,
 * and SVG data URLs too, which an `<img>` draws as a picture (no script, no external loads).
 */
export function pluginIconUrl(value: unknown): string | undefined {
  if (typeof value === 'string' && /^data:image\/svg\+xml[;,]/i.test(value.trim()))
    return value.trim();
  return safeImageUrl(value);
}

/** What the preset says of one plugin (`permissions.plugins.config[pluginId]`). */
export interface PresetPluginConfig {
  accessControl?: 'FULL_ACCESS' | 'VIEW_ONLY' | string;
  disabled?: boolean;
  handlesViewOnly?: boolean;
}

/**
 * The preset's config of `plugin`, looked up by its id and by the id the app gave it (the SDK's
 * ids may carry a `<meeting id>:` prefix); `{}` when there is none.
 */
export function presetPluginConfig(
  meeting: { self?: { permissions?: { plugins?: { config?: Record<string, unknown> } } } },
  plugin: { id: string },
): PresetPluginConfig {
  const config = meeting.self?.permissions?.plugins?.config;
  if (!config || typeof config !== 'object') return {};
  const short = plugin.id.slice(plugin.id.lastIndexOf(':') + 1);
  const value = config[plugin.id] ?? config[short];
  return value && typeof value === 'object' ? (value as PresetPluginConfig) : {};
}
