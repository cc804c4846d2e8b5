import type { Listener } from '../../meeting/emitter.js';
import type { Plugin, PluginEvents, PluginMap, Plugins } from '../../meeting/plugins.js';
import type { Store, StoreManager, StoreValue } from '../../meeting/stores.js';
import { whiteboardPlugin } from '../../plugins/whiteboard/index.js';
import {
  BOARD_HEIGHT,
  BOARD_WIDTH,
  COLORS,
  storeNameOf,
  strokeKey,
  STROKE_PREFIX,
  type ColorName,
  type Stroke,
} from '../../plugins/whiteboard/strokes.js';
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

/** A shape a scripted person draws on the whiteboard. */
export type DemoDrawing = 'wave' | 'loop' | 'zigzag' | 'star' | 'underline';

/** Options of `director.plugins.draw()`. */
export interface DrawOptions {
  /** Who draws (peer or user id; default: someone in the room, by the seed). */
  by?: string;
  /** What (default: by the seed). */
  shape?: DemoDrawing;
  /** In which colour (default: by the seed). */
  color?: ColorName;
  /** Where its centre goes, in board units (1600 × 1000; default: by the seed). */
  at?: { x: number; y: number };
  /** Draw it point by point over about a second, as a hand would (default true). */
  animate?: boolean;
}

/** `director.plugins`: someone else opens or closes a plugin for everyone, draws on the whiteboard. */
export interface PluginsScript {
  /** A remote person (peer id) activates a plugin (id or name): `stateUpdate`, `pluginAdded` on `active`. */
  activate(plugin: string, by?: string): void;
  /** The plugin is closed for everyone. */
  deactivate(plugin: string): void;
  /**
   * A remote person draws a stroke on the whiteboard: it reaches the whiteboard's store
   * (`meeting.stores`) as the server relays others' writes (`subscribe` listeners run). Resolves
   * with the stroke's id once it is complete; `undefined` when nobody is in the room.
   */
  draw(options?: DrawOptions): Promise<string | undefined>;
  /** A remote person clears the whiteboard for everyone (every stroke deleted from the store). */
  clearBoard(): void;
  /**
   * The plugin asks for view-only mode (`toggleViewMode(true)`) or lifts it (`false`), as the
   * SDK relays it for people whose preset only lets them watch a plugin.
   */
  viewMode(plugin: string, viewOnly: boolean): void;
}

function icon(path: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#ffffff" ` +
    `stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${path}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** The plugins every demo meeting offers. */
export const DEMO_PLUGINS: readonly DemoPluginConfig[] = [
  // The kit's whiteboard (src/plugins/whiteboard/), as an app registers it: its code loads when opened.
  whiteboardPlugin(),
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

type StoreListener = (value: StoreValue) => unknown;

/**
 * One plugin key/value store (`RTKStore`), held by the demo "server" so it outlives a re-join.
 * `set` / `delete` resolve after the latency and, as the SDK's default, do not call the writer's
 * own listeners; others' writes (`remoteSet`, `remoteDelete`: the director's people) call the
 * listeners of that key and of `'*'` with `{ [key]: value }`.
 */
export class DemoStore implements Store {
  private readonly data = new Map<string, StoreValue>();
  private readonly listeners = new Map<string, Set<StoreListener>>();

  constructor(
    readonly name: string,
    private readonly ctx: DemoContext,
  ) {}

  get(key: string): StoreValue {
    return this.data.get(key);
  }

  getAll(): Record<string, StoreValue> {
    return Object.fromEntries(this.data);
  }

  async set(key: string, value: StoreValue, _sync = true, emit = false): Promise<void> {
    this.assertJoined();
    await this.ctx.latency();
    this.data.set(key, copy(value));
    if (emit) this.notify(key, value);
  }

  async update(key: string, value: StoreValue): Promise<void> {
    await this.set(key, value);
  }

  async delete(key: string, _sync = true, emit = false): Promise<void> {
    this.assertJoined();
    await this.ctx.latency();
    this.data.delete(key);
    if (emit) this.notify(key, undefined);
  }

  async bulkSet(data: Array<{ key: string; payload: StoreValue }>): Promise<void> {
    this.assertJoined();
    await this.ctx.latency();
    for (const { key, payload } of data) this.data.set(key, copy(payload));
  }

  async bulkDelete(data: Array<{ key: string }>): Promise<void> {
    this.assertJoined();
    await this.ctx.latency();
    for (const { key } of data) this.data.delete(key);
  }

  /** Forgets the data here (not on the server), as the SDK's `clear()`. */
  clear(): void {
    this.data.clear();
  }

  subscribe(key: string, listener: StoreListener): void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
  }

  unsubscribe(key: string, listener?: StoreListener): void {
    if (!listener) this.listeners.delete(key);
    else this.listeners.get(key)?.delete(listener);
  }

  /** Listeners over every key: what leak tests compare. */
  listenerCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  /** Someone else wrote `key` (the server relays it). */
  remoteSet(key: string, value: StoreValue): void {
    this.data.set(key, copy(value));
    this.notify(key, value);
  }

  /** Someone else deleted `key`. */
  remoteDelete(key: string): void {
    if (!this.data.delete(key)) return;
    this.notify(key, undefined);
  }

  private notify(key: string, value: StoreValue): void {
    const payload = { [key]: value };
    for (const l of [...(this.listeners.get(key) ?? []), ...(this.listeners.get('*') ?? [])])
      l(payload);
  }

  private assertJoined(): void {
    if (this.ctx.self.roomState !== 'joined')
      throw new DemoClientError('0604', 'Join the room before writing to a plugin store.');
  }
}

function copy(value: StoreValue): StoreValue {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as StoreValue);
}

/**
 * `meeting.stores` (`StoreManager`): plugin stores by name. `create(name)` joins the store of
 * that name (the same data for everyone), after the latency; it rejects (0604) before joining.
 */
export class DemoStores implements StoreManager {
  readonly stores = new Map<string, DemoStore>();
  /** The server's stores, including those self has not created (joined) yet. */
  private readonly server = new Map<string, DemoStore>();

  constructor(private readonly ctx: DemoContext) {}

  async create(name: string): Promise<DemoStore> {
    if (this.ctx.self.roomState !== 'joined')
      throw new DemoClientError('0604', 'Join the room before opening a plugin store.');
    await this.ctx.latency();
    const store = this.serverStore(name);
    this.stores.set(name, store);
    return store;
  }

  async refresh(name: string): Promise<DemoStore> {
    return this.create(name);
  }

  /** The store as the server holds it (the director writes there). */
  serverStore(name: string): DemoStore {
    let store = this.server.get(name);
    if (!store) this.server.set(name, (store = new DemoStore(name, this.ctx)));
    return store;
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
  /** `meeting.stores`: the plugin key/value stores (the whiteboard's strokes). */
  readonly stores: DemoStores;
  readonly script: PluginsScript;
  /** Scripted strokes drawn so far (their ids stay unique). */
  private drawn = 0;
  /** Bumped to stop a lively drawing loop. */
  private drawingRun = 0;
  /** Plugins open in the room: plugin id → peer id of whoever opened it. */
  private readonly open = new Map<string, string>();

  constructor(
    private readonly ctx: DemoContext,
    meetingId: string,
    configs: readonly DemoPluginConfig[] = DEMO_PLUGINS,
  ) {
    this.stores = new DemoStores(ctx);
    this.all.on('stateUpdate', (plugin: DemoPlugin, { active }: { active: boolean }) => {
      if (active) this.active.add(plugin);
      else this.active.remove(plugin.id);
      if (plugin.id.endsWith(':whiteboard')) this.livelyDrawing(active);
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

  roomLeft(): void {
    this.drawingRun += 1;
  }

  destroy(): void {
    this.drawingRun += 1;
  }

  // ---- Internals ----

  /** In lively mode, people draw on the whiteboard now and then while it is open. */
  private livelyDrawing(active: boolean): void {
    const run = ++this.drawingRun;
    if (!active || !this.ctx.options.lively) return;
    const tick = () => {
      if (run !== this.drawingRun) return;
      void this.draw({}).finally(() => this.ctx.later(tick, 2500 + this.ctx.random() * 4000));
    };
    this.ctx.later(tick, 1500);
  }

  private whiteboardStore(): DemoStore | undefined {
    const plugin = this.find('whiteboard');
    return plugin && this.stores.serverStore(storeNameOf(plugin.id));
  }

  /** A remote person draws one stroke (see `PluginsScript.draw`). */
  private async draw(options: DrawOptions): Promise<string | undefined> {
    const store = this.whiteboardStore();
    const people = this.ctx.people();
    const person =
      (options.by &&
        (this.ctx.personByPeerId(options.by) ?? this.ctx.personByUserId(options.by))) ||
      people[Math.floor(this.ctx.random() * people.length)];
    if (!store || !person) return undefined;
    const random = () => this.ctx.random();
    const shapes: DemoDrawing[] = ['wave', 'loop', 'zigzag', 'star', 'underline'];
    const colors = Object.keys(COLORS) as ColorName[];
    const shape = options.shape ?? shapes[Math.floor(random() * shapes.length)]!;
    const color = options.color ?? colors[1 + Math.floor(random() * (colors.length - 1))]!;
    const center = options.at ?? {
      x: 250 + random() * (BOARD_WIDTH - 500),
      y: 200 + random() * (BOARD_HEIGHT - 400),
    };
    const points = shapePoints(shape, center, 90 + random() * 90);
    this.drawn += 1;
    const stroke: Stroke = {
      id: `${person.id}:${this.ctx.now()}:${this.drawn}`,
      by: person.id,
      name: person.name,
      tool: 'pen',
      color,
      points: [],
      at: this.ctx.now(),
    };
    const key = strokeKey(stroke.id);
    if (options.animate === false) {
      store.remoteSet(key, { ...stroke, points });
      return stroke.id;
    }
    // Point by point, as the drawer's client sends a growing stroke.
    const steps = 8;
    for (let step = 1; step <= steps; step++) {
      const count = Math.max(2, Math.round((points.length / 2) * (step / steps))) * 2;
      await new Promise<void>((resolve) => this.ctx.later(resolve, 90));
      store.remoteSet(key, { ...stroke, points: points.slice(0, count) });
    }
    return stroke.id;
  }

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
      draw: (options = {}) => this.draw(options),
      clearBoard: () => {
        const store = this.whiteboardStore();
        if (!store) return;
        for (const key of Object.keys(store.getAll()))
          if (key.startsWith(STROKE_PREFIX)) store.remoteDelete(key);
      },
      viewMode: (idOrName, viewOnly) => {
        const plugin = this.find(idOrName);
        if (plugin && joined()) plugin.emit('toggleViewMode', viewOnly);
      },
    };
  }
}

/** The points of a scripted drawing around `c`, `r` board units across. */
function shapePoints(shape: DemoDrawing, c: { x: number; y: number }, r: number): number[] {
  const points: number[] = [];
  const push = (x: number, y: number) => points.push(Math.round(c.x + x), Math.round(c.y + y));
  if (shape === 'wave')
    for (let i = 0; i <= 40; i++) push(-r * 1.5 + (i / 40) * r * 3, Math.sin(i / 4) * r * 0.4);
  else if (shape === 'loop')
    for (let i = 0; i <= 48; i++) {
      const a = (i / 48) * Math.PI * 2;
      push(Math.cos(a) * r, Math.sin(a) * r * 0.8);
    }
  else if (shape === 'zigzag')
    for (let i = 0; i <= 8; i++) push(-r + (i / 8) * r * 2, i % 2 ? -r * 0.5 : r * 0.5);
  else if (shape === 'star')
    for (let i = 0; i <= 10; i++) {
      const a = -Math.PI / 2 + (i * Math.PI * 4) / 5;
      push(Math.cos(a) * r, Math.sin(a) * r);
    }
  else for (let i = 0; i <= 20; i++) push(-r * 1.5 + (i / 20) * r * 3, Math.sin(i / 3) * 6);
  return points;
}
