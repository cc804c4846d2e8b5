// The whiteboard plugin, as an app registers it: `defaults.plugins: [whiteboardPlugin()]` when it
// creates the meeting. Only this small file loads up front; the board itself
// (`rtk-whiteboard`) loads the first time `rtk-plugin-main` shows the plugin.

/** What `whiteboardPlugin()` returns: the SDK's `ClientPluginConfig`. */
export interface WhiteboardPluginConfig {
  id: string;
  name: string;
  icon: string;
  permissions: { canActivate: boolean; canDeactivate: boolean };
  /** Creates the board (`rtk-whiteboard`), loading its code the first time. */
  component: () => Promise<HTMLElement>;
}

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#ffffff" ' +
  'stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><rect x="3" y="4" width="18" ' +
  'height="13" rx="1"/><path d="M8 21l4-4 4 4M7 13l3-3 2 2 4-4"/></svg>';

/**
 * The kit's shared whiteboard as a client plugin (`defaults.plugins` of `RealtimeKitClient.init`,
 * or `createDemoMeeting`): pen, colours, eraser, undo, clear, PNG export; strokes travel through
 * the meeting's plugin store (`meeting.stores`), so everyone draws on one board.
 *
 * ```ts
 * import { whiteboardPlugin } from 'realtimekit-lit/plugins/whiteboard';
 * const meeting = await RealtimeKitClient.init({ authToken, defaults: { plugins: [whiteboardPlugin()] } });
 * ```
 *
 * `permissions` are what the SDK asks of a client plugin; the preset's `plugins.canStart` /
 * `canClose` decide too.
 */
export function whiteboardPlugin(
  options: Partial<Omit<WhiteboardPluginConfig, 'component'>> = {},
): WhiteboardPluginConfig {
  return {
    id: options.id ?? 'whiteboard',
    name: options.name ?? 'Whiteboard',
    icon: options.icon ?? `data:image/svg+xml,${encodeURIComponent(ICON)}`,
    permissions: options.permissions ?? { canActivate: true, canDeactivate: true },
    component: () =>
      import('./rtk-whiteboard.js').then(() => document.createElement('rtk-whiteboard')),
  };
}
