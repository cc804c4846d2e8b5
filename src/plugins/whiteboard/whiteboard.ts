import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { styleProps } from '../../internal/style-props.js';
import { whiteboardStrings } from '../../i18n/en/whiteboard.js';
import type { Plugin } from '../../meeting/plugins.js';
import type { Store, StoreValue } from '../../meeting/stores.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import {
  BOARD_HEIGHT,
  BOARD_WIDTH,
  COLORS,
  drawStroke,
  sortStrokes,
  storeNameOf,
  strokeKey,
  strokesOf,
  type ColorName,
  type Stroke,
} from './strokes.js';
import styles from './whiteboard.styles.js';

type StoreState = 'none' | 'connecting' | 'ready' | 'unavailable';

/** How long the name of someone who just drew stays beside their stroke, in ms. */
const NAME_MS = 3000;

/**
 * The kit's shared whiteboard: the view of the whiteboard plugin (`whiteboardPlugin()`), shown by
 * `rtk-plugin-main`, which sets `meeting`, `plugin` and `viewOnly`.
 *
 * Everyone draws on one 16:10 board with a pen in six colours or an eraser; Undo takes back your
 * own last stroke, Clear empties the board for everyone (after a confirmation), Export PNG saves
 * it as a picture. Each finished stroke is written to the plugin's store
 * (`meeting.stores.create('whiteboard:<plugin id>')`, key `stroke:<id>`), and others' strokes
 * arrive through its `subscribe('*')` listener and are drawn as they grow, with the drawer's name
 * beside them for a moment. What the store holds is checked before it is drawn.
 *
 * Failures are said where they happen: without a store (no `meeting.stores`, or `create()`
 * refused) the board still draws on this screen and says that others do not see it, with Try
 * again, which also sends what was drawn meanwhile; a stroke, undo or clear the store refused is
 * kept and said the same way. In view-only mode the tools are hidden and the board only shows.
 *
 * @csspart toolbar - The tools.
 * @csspart board - The box around the canvas.
 * @csspart canvas - The canvas.
 * @csspart alert - A line saying what went wrong, with Try again.
 */
export class RtkWhiteboard extends RtkElement {
  static override strings = whiteboardStrings;

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.participants?.joined, 'participantJoined', 'participantLeft'],
    [m.self, 'roomJoined', 'roomLeft'],
  ]);

  /** The plugin this board belongs to (its id names the store). */
  @property({ attribute: false }) plugin?: Plugin;

  /** Shows the board without the tools: nothing can be drawn. */
  @property({ type: Boolean, reflect: true, attribute: 'view-only' }) viewOnly = false;

  @state() private tool: 'pen' | 'eraser' = 'pen';

  @state() private color: ColorName = 'black';

  @state() private storeState: StoreState = 'none';

  @state() private sendFailed = false;

  @state() private confirmingClear = false;

  @query('canvas') private canvas?: HTMLCanvasElement;

  @query('[part="board"]') private boardBox?: HTMLElement;

  /** The store, once created. */
  private store?: Store;

  /** The store name `store` was created for. */
  private storeName?: string;

  /** Strokes as the store holds them, by id. */
  private shared = new Map<string, Stroke>();

  /** Own strokes the store does not hold yet (not sent, or refused), by id. */
  private unsent = new Map<string, Stroke>();

  /** Own strokes deleted here whose delete the store has not taken yet. */
  private undeleted = new Set<string>();

  /** The stroke being drawn now. */
  private drawing?: Stroke;

  /** Others who just drew: where their stroke ends and until when the name shows. */
  private recent = new Map<string, { name: string; x: number; y: number; until: number }>();

  private recentTimer?: ReturnType<typeof setTimeout>;

  private resizeObserver?: ResizeObserver;

  private count = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.store) this.store.subscribe('*', this.handleStore);
    if (this.hasUpdated) this.observe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store?.unsubscribe('*', this.handleStore);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    clearTimeout(this.recentTimer);
  }

  protected override firstUpdated(): void {
    this.observe();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.connectStore();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.redraw();
  }

  private observe(): void {
    const box = this.boardBox;
    if (!box || this.resizeObserver || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver = new ResizeObserver(() => this.fit());
    this.resizeObserver.observe(box);
  }

  /** Sizes the canvas to the largest 16:10 box that fits, at the screen's pixel density. */
  private fit(): void {
    const box = this.boardBox;
    const canvas = this.canvas;
    if (!box || !canvas) return;
    const { width, height } = box.getBoundingClientRect();
    const w = Math.max(0, Math.min(width, (height * BOARD_WIDTH) / BOARD_HEIGHT));
    const h = (w * BOARD_HEIGHT) / BOARD_WIDTH;
    const sheet = canvas.parentElement as HTMLElement;
    sheet.style.width = `${w}px`;
    sheet.style.height = `${h}px`;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(w * ratio));
    canvas.height = Math.max(1, Math.round(h * ratio));
    this.redraw();
  }

  // ---- The store ----

  /** Creates (joins) the plugin's store once the meeting and the plugin are known. */
  private connectStore(): void {
    const meeting = this.activeMeeting;
    const plugin = this.plugin;
    // Stores exist in a joined room: before that the board waits (it hears `roomJoined`).
    if (!meeting || !plugin?.id || meeting.self?.roomJoined === false) return;
    const name = storeNameOf(plugin.id);
    if (this.storeName === name && this.storeState !== 'none') return;
    this.storeName = name;
    void this.openStore(name);
  }

  private async openStore(name: string): Promise<void> {
    const stores = this.activeMeeting?.stores;
    this.store?.unsubscribe('*', this.handleStore);
    this.store = undefined;
    if (!stores || typeof stores.create !== 'function') {
      this.storeState = 'unavailable';
      return;
    }
    this.storeState = 'connecting';
    let store: Store;
    try {
      store = await stores.create(name);
      if (!store || typeof store.getAll !== 'function') throw new Error('No store');
    } catch {
      if (this.storeName === name) this.storeState = 'unavailable';
      return;
    }
    if (this.storeName !== name) return;
    this.store = store;
    if (this.isConnected) store.subscribe('*', this.handleStore);
    this.storeState = 'ready';
    this.readStore();
    void this.sendUnsent();
  }

  /** Others changed the store: read it again. */
  private handleStore = (_change: StoreValue): void => {
    this.readStore();
  };

  private readStore(): void {
    const store = this.store;
    if (!store) return;
    let data: Record<string, unknown> | undefined;
    try {
      data = store.getAll();
    } catch {
      data = undefined;
    }
    const next = new Map(strokesOf(data).map((s) => [s.id, s]));
    const selfId = this.activeMeeting?.self?.id;
    const now = Date.now();
    for (const [id, stroke] of next) {
      if (this.undeleted.has(id)) {
        next.delete(id);
        continue;
      }
      const before = this.shared.get(id);
      if (stroke.by !== selfId && (!before || before.points.length !== stroke.points.length)) {
        const p = stroke.points;
        this.recent.set(stroke.by, {
          name: this.nameOf(stroke),
          x: p[p.length - 2]!,
          y: p[p.length - 1]!,
          until: now + NAME_MS,
        });
      }
    }
    this.shared = next;
    this.scheduleRecent();
    this.requestUpdate();
  }

  private scheduleRecent(): void {
    clearTimeout(this.recentTimer);
    const now = Date.now();
    for (const [by, r] of this.recent) if (r.until <= now) this.recent.delete(by);
    if (!this.recent.size) return;
    const next = Math.min(...[...this.recent.values()].map((r) => r.until));
    this.recentTimer = setTimeout(
      () => {
        this.scheduleRecent();
        this.requestUpdate();
      },
      next - now + 20,
    );
  }

  /** Sends own strokes the store does not hold yet. */
  private async sendUnsent(): Promise<void> {
    const store = this.store;
    if (!store) return;
    let failed = false;
    for (const stroke of [...this.unsent.values()]) {
      try {
        await store.set(strokeKey(stroke.id), stroke);
        this.unsent.delete(stroke.id);
        this.shared.set(stroke.id, stroke);
      } catch {
        failed = true;
      }
    }
    for (const id of [...this.undeleted]) {
      try {
        await store.delete(strokeKey(id));
        this.undeleted.delete(id);
      } catch {
        failed = true;
      }
    }
    this.sendFailed = failed;
    this.requestUpdate();
  }

  // ---- Strokes ----

  /** Every stroke on the board, in drawing order. */
  get strokes(): Stroke[] {
    const all = new Map(this.shared);
    for (const [id, s] of this.unsent) all.set(id, s);
    return sortStrokes([...all.values()]);
  }

  private nameOf(stroke: Stroke): string {
    const meeting = this.activeMeeting;
    if (stroke.by && stroke.by === meeting?.self?.id) return this.localize('whiteboard.you');
    return meeting?.participants?.joined?.get?.(stroke.by)?.name || stroke.name;
  }

  /** Adds a finished stroke of one's own and sends it. */
  private async addStroke(stroke: Stroke): Promise<void> {
    this.unsent.set(stroke.id, stroke);
    this.requestUpdate();
    await this.sendUnsent();
  }

  /** Takes back your own last stroke, for everyone. */
  async undo(): Promise<void> {
    const selfId = this.activeMeeting?.self?.id;
    const own = this.strokes.filter((s) => s.by === selfId);
    const last = own[own.length - 1];
    if (!last || this.viewOnly) return;
    if (this.unsent.delete(last.id) && !this.shared.has(last.id)) {
      this.requestUpdate();
      return;
    }
    this.shared.delete(last.id);
    this.undeleted.add(last.id);
    this.requestUpdate();
    await this.sendUnsent();
  }

  /** Empties the board for everyone. */
  async clear(): Promise<void> {
    if (this.viewOnly) return;
    this.confirmingClear = false;
    for (const id of this.shared.keys()) this.undeleted.add(id);
    this.shared.clear();
    this.unsent.clear();
    this.requestUpdate();
    const store = this.store;
    if (!store) return;
    const ids = [...this.undeleted];
    if (store.bulkDelete && ids.length) {
      try {
        await store.bulkDelete(ids.map((id) => ({ key: strokeKey(id) })));
        for (const id of ids) this.undeleted.delete(id);
      } catch {
        // Sent one by one below, and said when that fails too.
      }
    }
    await this.sendUnsent();
  }

  /** The board as a PNG picture (1600 × 1000, white background). */
  async toBlob(): Promise<Blob> {
    const layer = document.createElement('canvas');
    layer.width = BOARD_WIDTH;
    layer.height = BOARD_HEIGHT;
    const ctx = layer.getContext('2d');
    const out = document.createElement('canvas');
    out.width = BOARD_WIDTH;
    out.height = BOARD_HEIGHT;
    const outCtx = out.getContext('2d');
    if (ctx && outCtx) {
      for (const stroke of this.strokes) drawStroke(ctx, stroke);
      outCtx.fillStyle = '#ffffff';
      outCtx.fillRect(0, 0, BOARD_WIDTH, BOARD_HEIGHT);
      outCtx.drawImage(layer, 0, 0);
    }
    return new Promise((resolve, reject) =>
      out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
    );
  }

  /** Saves the board as `whiteboard.png`. */
  async exportPng(): Promise<void> {
    const blob = await this.toBlob();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'whiteboard.png';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  // ---- Drawing ----

  private redraw(): void {
    const canvas = this.canvas;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(canvas.width / BOARD_WIDTH, 0, 0, canvas.height / BOARD_HEIGHT, 0, 0);
    for (const stroke of this.strokes) drawStroke(ctx, stroke);
    if (this.drawing) drawStroke(ctx, this.drawing);
  }

  private pointOf(event: PointerEvent): [number, number] {
    const rect = this.canvas!.getBoundingClientRect();
    const x = ((event.clientX - rect.left) / Math.max(1, rect.width)) * BOARD_WIDTH;
    const y = ((event.clientY - rect.top) / Math.max(1, rect.height)) * BOARD_HEIGHT;
    return [
      Math.round(Math.min(BOARD_WIDTH, Math.max(0, x))),
      Math.round(Math.min(BOARD_HEIGHT, Math.max(0, y))),
    ];
  }

  private handlePointerDown = (event: PointerEvent): void => {
    if (this.viewOnly || !this.canvas || event.button > 0) return;
    event.preventDefault();
    try {
      this.canvas.setPointerCapture?.(event.pointerId);
    } catch {
      // A synthetic or vanished pointer: drawing works without capture.
    }
    const self = this.activeMeeting?.self;
    this.count += 1;
    this.drawing = {
      id: `${self?.id ?? 'local'}:${Date.now()}:${this.count}`,
      by: self?.id ?? '',
      name: self?.name ?? '',
      tool: this.tool,
      color: this.color,
      points: this.pointOf(event),
      at: Date.now(),
    };
    this.redraw();
  };

  private handlePointerMove = (event: PointerEvent): void => {
    const stroke = this.drawing;
    if (!stroke) return;
    const events = event.getCoalescedEvents?.() ?? [];
    for (const e of events.length ? events : [event]) {
      const [x, y] = this.pointOf(e);
      const p = stroke.points;
      if (p[p.length - 2] === x && p[p.length - 1] === y) continue;
      p.push(x, y);
    }
    this.redraw();
  };

  private handlePointerUp = (): void => {
    const stroke = this.drawing;
    this.drawing = undefined;
    if (stroke) void this.addStroke(stroke);
  };

  private handleRetry = (): void => {
    if (this.storeState === 'unavailable' && this.storeName) void this.openStore(this.storeName);
    else void this.sendUnsent();
  };

  // ---- Rendering ----

  override render() {
    const strokes = this.strokes;
    const selfId = this.activeMeeting?.self?.id;
    const names = [...new Set(strokes.map((s) => this.nameOf(s)))];
    const label = strokes.length
      ? this.localize('whiteboard.board_summary', {
          drawings: this.localize('whiteboard.drawings', { count: strokes.length }),
          names: new Intl.ListFormat(this.localize.locale, { type: 'conjunction' }).format(names),
        })
      : this.localize('whiteboard.board_empty');
    const canUndo = strokes.some((s) => s.by === selfId);
    return html`${this.viewOnly ? this.renderViewOnly() : this.renderToolbar(canUndo, strokes.length > 0)}
      ${this.renderAlert()}
      <div part="board"><div class="sheet">
        <canvas
          part="canvas"
          role="img"
          aria-label=${label}
          class=${this.viewOnly ? '' : this.tool}
          @pointerdown=${this.handlePointerDown}
          @pointermove=${this.handlePointerMove}
          @pointerup=${this.handlePointerUp}
          @pointercancel=${this.handlePointerUp}
        ></canvas>
        ${[...this.recent.values()].map(
          (r) =>
            html`<span
              class=${r.x > BOARD_WIDTH * 0.7 ? 'who before' : 'who'}
              aria-hidden="true"
              ${styleProps({ left: `${(r.x / BOARD_WIDTH) * 100}%`, top: `${(r.y / BOARD_HEIGHT) * 100}%` })}
              >${r.name}</span
            >`,
        )}
      </div></div>`;
  }

  private renderViewOnly() {
    return html`<p class="note">${this.localize('whiteboard.view_only')}
      <button type="button" @click=${() => void this.exportPng()}>
        ${this.localize('whiteboard.export')}
      </button>
    </p>`;
  }

  private renderToolbar(canUndo: boolean, hasStrokes: boolean) {
    if (this.confirmingClear)
      return html`<div part="toolbar" role="group" aria-label=${this.localize('whiteboard.clear_confirm')}>
        <span class="confirm">${this.localize('whiteboard.clear_confirm')}</span>
        <button type="button" class="danger" @click=${() => void this.clear()}>
          ${this.localize('whiteboard.clear_yes')}
        </button>
        <button type="button" @click=${() => (this.confirmingClear = false)}>
          ${this.localize('whiteboard.cancel')}
        </button>
      </div>`;
    const colors = Object.keys(COLORS) as ColorName[];
    return html`<div part="toolbar" role="toolbar" aria-label=${this.localize('whiteboard.tools')}>
      <span class="group">
        <button
          type="button"
          aria-pressed=${this.tool === 'pen' ? 'true' : 'false'}
          @click=${() => (this.tool = 'pen')}
        >
          ${this.localize('whiteboard.pen')}
        </button>
        <button
          type="button"
          aria-pressed=${this.tool === 'eraser' ? 'true' : 'false'}
          @click=${() => (this.tool = 'eraser')}
        >
          ${this.localize('whiteboard.eraser')}
        </button>
      </span>
      <span class="group colors" role="group" aria-label=${this.localize('whiteboard.colors')}>
        ${colors.map(
          (c) =>
            html`<button
              type="button"
              class="swatch"
              ${styleProps({ '--swatch': COLORS[c] })}
              aria-pressed=${this.color === c && this.tool === 'pen' ? 'true' : 'false'}
              aria-label=${this.localize(`whiteboard.color_${c}`)}
              title=${this.localize(`whiteboard.color_${c}`)}
              @click=${() => {
                this.color = c;
                this.tool = 'pen';
              }}
            ></button>`,
        )}
      </span>
      <span class="group">
        <button type="button" ?disabled=${!canUndo} @click=${() => void this.undo()}>
          ${this.localize('whiteboard.undo')}
        </button>
        <button
          type="button"
          ?disabled=${!hasStrokes}
          @click=${() => (this.confirmingClear = true)}
        >
          ${this.localize('whiteboard.clear')}
        </button>
        <button type="button" @click=${() => void this.exportPng()}>
          ${this.localize('whiteboard.export')}
        </button>
      </span>
    </div>`;
  }

  private renderAlert() {
    if (this.storeState === 'connecting')
      return html`<p class="status" role="status">${this.localize('whiteboard.connecting')}</p>`;
    const key =
      this.storeState === 'unavailable'
        ? 'whiteboard.store_unavailable'
        : this.sendFailed
          ? 'whiteboard.send_failed'
          : undefined;
    if (!key) return nothing;
    return html`<div part="alert" role="alert">
      <span>${this.localize(key)}</span>
      <button type="button" @click=${this.handleRetry}>${this.localize('whiteboard.retry')}</button>
    </div>`;
  }
}
