import type { Listener } from './emitter.js';

/** Events of one plugin. */
export type PluginEvents = {
  stateUpdate: (payload: {
    active: boolean;
    pluginId: string;
    bind?: Listener;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    views: any;
  }) => void;
  ready: () => void;
  closed: () => void;
  enabled: () => void;
  toggleViewMode: Listener;
};

/** A plugin the app declared (`meeting.plugins.all`). Its emitter is loosely typed in the SDK. */
export interface Plugin {
  readonly id: string;
  readonly name: string;
  readonly icon: string;
  readonly permissions: { canActivate: boolean; canDeactivate: boolean };
  readonly active: boolean;
  readonly enabledBy: string;
  readonly component: unknown;
  activate(): Promise<void>;
  deactivate(): Promise<void>;
  activateForSelf(): void;
  deactivateForSelf(): void;
  on(event: string, listener: Listener): unknown;
  off(event: string, listener: Listener): unknown;
}

/** What a plugin map emits: its own changes, and each plugin's events re-emitted with the plugin first. */
export type PluginMapEvent = 'pluginAdded' | 'pluginDeleted' | keyof PluginEvents;

/** A live map of plugins keyed by id; re-emits each plugin's events with the plugin first. */
export interface PluginMap {
  readonly size: number;
  get(id: string): Plugin | undefined;
  has(id: string): boolean;
  toArray(): Plugin[];
  values(): IterableIterator<Plugin>;
  on(event: PluginMapEvent, listener: Listener): unknown;
  off(event: PluginMapEvent, listener: Listener): unknown;
  listenerCount?(event: PluginMapEvent): number;
}

/** Plugins (`meeting.plugins`). */
export interface Plugins {
  readonly all: PluginMap;
  readonly active: PluginMap;
}
