import type { Listener } from '../../meeting/emitter.js';
import type { Plugin, PluginEvents, PluginMap, Plugins } from '../../meeting/plugins.js';
import type { DemoContext, DemoModule } from '../context.js';
import { DemoEmitter } from '../emitter.js';
import { DemoClientError } from '../errors.js';

/** A plugin the app declares, like the SDK's `ClientPluginConfig` (permissions come from the preset). */
export interface DemoPluginConfig {
  id: string;
  name: string;
  /** An image URL; the built-in ones are SVG data URLs (no network). */
  icon: string;
  component?: unknown;
}

/** `director.plugins`: someone else opens or closes a plugin for everyone. */
export interface PluginsScript {
  /** A remote person (peer id) activates a plugin (id or name): `stateUpdate`, `pluginAdded` on `active`. */
  activate(plugin: string, by?: string): void;
  /** The plugin is closed for everyone. */
  deactivate(plugin: string): void;
}

function icon(path: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#ffffff" ` +
    `stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${path}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** The plugins every demo meeting offers. */
export const DEMO_PLUGINS: readonly DemoPluginConfig[] = [
  {
    id: 'whiteboard',
    name: 'Whiteboard',
    icon: icon(
      '<rect x="3" y="4" width="18" height="13" rx="1"/><path d="M8 21l4-4 4 4M7 13l3-3 2 2 4-4"/>',
    ),
  },
  {
    id: 'notes',
    name: 'Notes',
    icon: icon('<path d="M6 3h9l3 3v15H6z"/><path d="M9 9h6M9 13h6M9 17h4"/>'),
  },
  {
    id: 'timer',
    name: 'Timer',
    icon: icon('<circle cx="12" cy="13" r="8"/><path d="M12 9v4l2 2M9 2h6"/>'),
  },
];

type PluginMapEvents = {
  pluginAdded: (plugin: DemoPlugin) => void;
  pluginDeleted: (plugin: DemoPlugin) => void;
} & { [event: string]: Listener };

/**
 * A plugin map like the SDK's: a `Map` keyed by plugin id that announces `pluginAdded` /
 * `pluginDeleted` and re-emits every event of its plugins with the plugin first
 * (`all.on('stateUpdate', (plugin, { active, pluginId }) => …)`).
 */
export class DemoPluginMap extends Map<string, DemoPlugin> implements PluginMap {
  private readonly emitter = new DemoEmitter<PluginMapEvents>();
  private readonly relays = new Map<string, Listener>();

  toArray(): DemoPlugin[] {
    return [...this.values()];
  }

  add(plugin: DemoPlugin): this {
    if (!this.has(plugin.id)) {
      const relay: Listener = (event: string, ...args: unknown[]) =>
        this.emitter.emit(event, plugin, ...args);
      this.relays.set(plugin.id, relay);
      plugin.on('*', relay);
    }
    super.set(plugin.id, plugin);
    this.emitter.emit('pluginAdded', plugin);
    return this;
  }

  remove(id: string): boolean {
    const plugin = super.get(id);
    if (!plugin) return false;
    const relay = this.relays.get(id);
    if (relay) plugin.off('*', relay);
    this.relays.delete(id);
    super.delete(id);
    this.emitter.emit('pluginDeleted', plugin);
    return true;
  }

  on(event: string, listener: Listener): this {
    this.emitter.on(event, listener);
    return this;
  }

  off(event: string, listener: Listener): this {
    this.emitter.off(event, listener);
    return this;
  }

  once(event: string, listener: Listener): this {
    this.emitter.once(event, listener);
    return this;
  }

  listenerCount(event: string): number {
    return this.emitter.listenerCount(event);
  }

  /** Total listeners over every event: what leak tests compare. */
  totalListenerCount(): number {
    return this.emitter.totalListenerCount();
  }
}

/**
 * One plugin (`meeting.plugins.all.get(id)`). Ids are `<meetingId>:<config id>` as in the SDK.
 * `activate()` / `deactivate()` act for everyone; `activateForSelf()` / `deactivateForSelf()`
 * only locally. Each change emits `stateUpdate { active, pluginId }`, then `enabled` / `closed`.
 */
export class DemoPlugin extends DemoEmitter<PluginEvents & { '*': Listener }> implements Plugin {
  readonly id: string;
  readonly name: string;
  readonly icon: string;
  active = false;
  /** Peer id of whoever activated it. */
  enabledBy = '';

  constructor(
    private readonly owner: DemoPlugins,
    meetingId: string,
    private readonly config: DemoPluginConfig,
  ) {
    super();
    this.id = `${meetingId}:${config.id}`;
    this.name = config.name;
    this.icon = config.icon;
  }

  /** From the preset: `plugins.canStart` / `plugins.canClose`. */
  get permissions(): { canActivate: boolean; canDeactivate: boolean } {
    return this.owner.permissionsOf();
  }

  get component(): unknown {
    return this.config.component;
  }

  /** Opens the plugin for everyone. Rejects 0604 before joining, 0601 without `canActivate`. */
  async activate(): Promise<void> {
    await this.owner.activate(this);
  }

  /** Closes it for everyone (allowed with `canDeactivate`, or for whoever opened it). */
  async deactivate(): Promise<void> {
    await this.owner.deactivate(this);
  }

  activateForSelf(): void {
    this.active = true;
    this.emit('stateUpdate', { active: true, pluginId: this.id, views: undefined });
    this.emit('enabled');
  }

  deactivateForSelf(): void {
    this.active = false;
    this.emit('stateUpdate', { active: false, pluginId: this.id, views: undefined });
    this.emit('closed');
  }
}

/**
 * `meeting.plugins`: `all` holds the declared plugins, `active` those open in the room. Like the
 * SDK's plugin controller, `active` follows the `stateUpdate` events of `all`. Plugins open in the
 * room when self joins are activated for self then (with events).
 *
 * Unlike the SDK, which resolves silently, `activate()` / `deactivate()` reject with `0601` when
 * the preset does not allow them.
 */
export class DemoPlugins implements Plugins, DemoModule<PluginsScript> {
  readonly all = new DemoPluginMap();
  readonly active = new DemoPluginMap();
  readonly script: PluginsScript;
  /** Plugins open in the room: plugin id → peer id of whoever opened it. */
  private readonly open = new Map<string, string>();

  constructor(
    private readonly ctx: DemoContext,
    meetingId: string,
    configs: readonly DemoPluginConfig[] = DEMO_PLUGINS,
  ) {
    this.all.on('stateUpdate', (plugin: DemoPlugin, { active }: { active: boolean }) => {
      if (active) this.active.add(plugin);
      else this.active.remove(plugin.id);
    });
    for (const config of configs) this.all.add(new DemoPlugin(this, meetingId, config));
    this.script = this.createScript();
  }

  permissionsOf(): { canActivate: boolean; canDeactivate: boolean } {
    const { plugins } = this.ctx.self.permissions;
    return { canActivate: plugins.canStart, canDeactivate: plugins.canClose };
  }

  async activate(plugin: DemoPlugin): Promise<void> {
    this.assertJoined();
    if (plugin.active) return;
    if (!plugin.permissions.canActivate)
      throw new DemoClientError('0601', `You may not open ${plugin.name}.`);
    await this.ctx.latency();
    this.open.set(plugin.id, this.ctx.self.id);
    plugin.enabledBy = this.ctx.self.id;
    plugin.activateForSelf();
  }

  async deactivate(plugin: DemoPlugin): Promise<void> {
    this.assertJoined();
    if (!plugin.active) return;
    if (!plugin.permissions.canDeactivate && plugin.enabledBy !== this.ctx.self.id) {
      throw new DemoClientError('0601', `You may not close ${plugin.name}.`);
    }
    await this.ctx.latency();
    this.open.delete(plugin.id);
    plugin.deactivateForSelf();
  }

  // ---- DemoModule ----

  /** Syncs with the room: closes what is no longer open, opens what is. */
  roomJoined(): void {
    for (const plugin of this.all.toArray()) {
      const by = this.open.get(plugin.id);
      if (plugin.active && by === undefined) plugin.deactivateForSelf();
      if (!plugin.active && by !== undefined) {
        plugin.enabledBy = by;
        plugin.activateForSelf();
      }
    }
  }

  // ---- Internals ----

  private assertJoined(): void {
    if (this.ctx.self.roomState !== 'joined') {
      throw new DemoClientError('0604', 'Join the room before opening or closing plugins.');
    }
  }

  private find(idOrName: string): DemoPlugin | undefined {
    const key = idOrName.toLowerCase();
    return this.all
      .toArray()
      .find(
        (p) => p.id === idOrName || p.id.endsWith(`:${idOrName}`) || p.name.toLowerCase() === key,
      );
  }

  private createScript(): PluginsScript {
    const joined = () => this.ctx.self.roomState === 'joined';
    return {
      activate: (idOrName, by) => {
        const plugin = this.find(idOrName);
        if (!plugin) return;
        const opener =
          (by && (this.ctx.personByPeerId(by) ?? this.ctx.personByUserId(by))) ||
          this.ctx.people()[0];
        const enabledBy = opener?.id ?? '';
        this.open.set(plugin.id, enabledBy);
        if (!joined() || plugin.active) return;
        plugin.enabledBy = enabledBy;
        plugin.activateForSelf();
      },
      deactivate: (idOrName) => {
        const plugin = this.find(idOrName);
        if (!plugin) return;
        this.open.delete(plugin.id);
        if (joined() && plugin.active) plugin.deactivateForSelf();
      },
    };
  }
}
