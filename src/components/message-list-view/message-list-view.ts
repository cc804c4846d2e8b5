import { css, html, nothing, type PropertyValues } from 'lit';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import { property, query, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { chatMessagesStrings } from '../../i18n/en/chat-messages.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';

/** Renders one item of the list. */
export type MessageRenderer<T = unknown> = (item: T, index: number) => unknown;

interface PinLayout {
  type: typeof FlowLayout;
  estimate?: number;
  pin?: { index: number; block: 'start' | 'end' };
}

/**
 * The virtualizer's flow layout with a steady estimate of the rows it has not measured. The
 * stock layout estimates them with the average of every row measured so far, so each newly
 * measured row moves the estimated height of the whole list: with 10,000 messages a change of a
 * fraction of a pixel moves it by thousands of pixels, which at the newest end (where a chat
 * opens and stays) puts the view past the end of the list, empties the range and renders every
 * row in view again, several times while opening and scrolling. Here the estimate is taken once,
 * from the first rows measured (before that: `estimate`), and kept.
 */
class SteadyFlowLayout extends FlowLayout {
  private steady = 0;

  /** The expected row height (px) before any row is measured. */
  set estimate(px: number) {
    if (px > 0) this._itemSize = { ...this._itemSize, height: px };
  }

  override _getAverageSize(): number {
    if (!this.steady) this.steady = this._metricsCache.averageChildSize;
    return this.steady || this._itemSize.height;
  }

  /**
   * The rows measured at their size, the others at the steady estimate. A row measured (a new
   * message at the end) then moves the end of the list by its own size only: no row before it
   * moves, so appending repositions (and restyles) none of the rows in view.
   */
  override _updateScrollSize(): void {
    const cache = this._metricsCache;
    const average = cache.averageChildSize;
    const measured = average > 0 ? Math.round(cache.totalChildSize / average) : 0;
    const rest = Math.max(0, this.items.length - measured);
    const margins = (this.items.length + 1) * cache.averageMarginSize;
    this._scrollSize = Math.max(
      1,
      (measured ? cache.totalChildSize : 0) + rest * this._getAverageSize() + margins,
    );
  }

  /** Never past the end of the list as estimated now (the DOM's height may still be the last one). */
  override _clampScrollPosition(value: number): number {
    return Math.min(
      super._clampScrollPosition(value),
      Math.max(0, this._scrollSize - this._viewDim1),
    );
  }
}

type Virtualizer = HTMLElement & {
  items: unknown[];
  layout: unknown;
  layoutComplete?: Promise<void>;
  scrollToIndex?(index: number, position?: 'start' | 'center' | 'end' | 'nearest'): void;
};

/** How close to the end (px) still counts as "at the newest message". */
const BOTTOM_SLACK = 48;
/** How close to the start (px) asks for older messages. */
const TOP_SLACK = 240;

/**
 * The virtualizer measures its rows with a ResizeObserver, and the layout it computes from a
 * measurement adds rows (which it observes) and removes rows (which stay observed and shrink to
 * nothing) while the browser is still delivering resize notifications. Chromium skips those
 * changes at the same depth and reports "ResizeObserver loop completed with undelivered
 * notifications" as a window error (lit/lit#3154), which pages and test runners treat as a crash.
 * This observer, given to the virtualizer, stops observing rows as soon as they leave the DOM (a
 * MutationObserver, in the same microtask checkpoint) and defers `observe()` calls made during a
 * delivery to the next frame's animation callbacks: new rows are then measured in the next frame,
 * exactly when the browser would have delivered the skipped notification, and nothing is reported.
 */
let delivering = false;
const waiting = new Set<DeferredResizeObserver>();

function flushDeferred(): void {
  delivering = false;
  const observers = [...waiting];
  waiting.clear();
  for (const observer of observers) observer.flush();
}

class DeferredResizeObserver implements ResizeObserver {
  private readonly native: ResizeObserver;
  private readonly removals: MutationObserver;
  private readonly observed = new Set<Element>();
  private readonly queued = new Map<Element, ResizeObserverOptions | undefined>();
  /** The parents whose removed children are watched. */
  private parents = new WeakSet<Node>();

  constructor(callback: ResizeObserverCallback) {
    this.native = new ResizeObserver((entries) => {
      if (!delivering) {
        delivering = true;
        requestAnimationFrame(flushDeferred);
      }
      callback(entries, this);
    });
    this.removals = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (
            node instanceof Element &&
            !node.isConnected &&
            (this.observed.has(node) || this.queued.has(node))
          ) {
            this.unobserve(node);
          }
        }
      }
    });
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    // The virtualizer observes every row again after each of its updates: watch each parent once.
    const parent = target.parentNode;
    if (parent && !this.parents.has(parent)) {
      this.parents.add(parent);
      this.removals.observe(parent, { childList: true });
    }
    if (!delivering) {
      this.observed.add(target);
      this.native.observe(target, options);
      return;
    }
    this.queued.set(target, options);
    waiting.add(this);
  }

  unobserve(target: Element): void {
    this.queued.delete(target);
    this.observed.delete(target);
    this.native.unobserve(target);
  }

  disconnect(): void {
    this.queued.clear();
    this.observed.clear();
    waiting.delete(this);
    this.removals.disconnect();
    this.parents = new WeakSet();
    this.native.disconnect();
  }

  flush(): void {
    for (const [target, options] of this.queued) {
      if (!target.isConnected) continue;
      this.observed.add(target);
      this.native.observe(target, options);
    }
    this.queued.clear();
  }
}

let observerProvided = false;

function keyOf(item: unknown, index: number): unknown {
  if (item && typeof item === 'object') {
    const o = item as { key?: unknown; id?: unknown };
    return o.key ?? o.id ?? index;
  }
  return item;
}

/**
 * A virtualized list of messages (`@lit-labs/virtualizer`): only the rows in view are in the DOM,
 * so ten thousand messages scroll smoothly. It stays anchored to the newest message; once the
 * user scrolls up it stays where it is, and new messages show a "N new messages" button that
 * jumps back down. Near the top it calls `loadMore` (once at a time) and keeps the view steady
 * when older messages are added above.
 *
 * The list is a `role="list"` of `listitem`s, named by `label`, and focusable so it can be
 * scrolled with the keyboard.
 *
 * @csspart list - The scrolling list (`lit-virtualizer`).
 * @csspart item - The wrapper of each row.
 * @csspart loading - The "Loading older messages…" line.
 * @csspart show-new-messages - The "N new messages" button.
 * @csspart empty - Shown when there are no messages.
 *
 * @cssprop --rtk-message-list-gap - Space between rows (default 0).
 */
export class RtkMessageListView extends RtkElement {
  static override strings = chatMessagesStrings;

  static override styles = [
    tokens,
    hostStyles,
    focusRing,
    css`
      :host {
        position: relative;
        display: flex;
        flex-direction: column;
        min-block-size: 0;
        background: var(--_bg);
        font-family: var(--_font);
        color: var(--_text);
      }
      [part='list'] {
        flex: 1;
        min-block-size: 0;
        block-size: 100%;
        overflow-y: auto;
        overscroll-behavior: contain;
        /* The width must not change when the scrollbar appears as rows are measured: that would
           resize the list inside the virtualizer's ResizeObserver delivery (a loop error). */
        scrollbar-gutter: stable;
      }
      [part='item'] {
        inline-size: 100%;
        padding-block-end: var(--rtk-message-list-gap, 0);
      }
      [part='loading'] {
        position: absolute;
        inset-block-start: var(--_space);
        inset-inline: 0;
        margin-inline: auto;
        inline-size: max-content;
        padding-block: calc(var(--_space) * 0.5);
        padding-inline: var(--_space);
        border-radius: var(--_radius-full);
        background: var(--_bg-raised);
        box-shadow: var(--_shadow-sm);
        font-size: var(--_font-size-xs);
        color: var(--_text-muted);
        z-index: 1;
      }
      [part='show-new-messages'] {
        position: absolute;
        inset-block-end: var(--_space);
        inset-inline: 0;
        margin-inline: auto;
        inline-size: max-content;
        z-index: 1;
        box-shadow: var(--_shadow-md);
        border-radius: var(--_radius-full);
      }
      [part='empty'] {
        margin: auto;
        padding: calc(var(--_space) * 2);
        color: var(--_text-muted);
        font-size: var(--_font-size-sm);
        text-align: center;
      }
    `,
  ];

  private items: unknown[] = [];

  /**
   * The items to show, oldest first (messages, or rows such as day separators). A new array goes
   * straight to the virtualizer, which draws the rows it shows whose item is new or changed: the
   * list itself renders again only for what it shows around them (the empty state, the "N new
   * messages" button).
   */
  @property({ attribute: false, noAccessor: true })
  get messages(): unknown[] {
    return this.items;
  }
  set messages(value: unknown[]) {
    const next = Array.isArray(value) ? value : [];
    const old = this.items;
    if (next === old) return;
    this.items = next;
    this.follow(old, next);
  }

  /** Renders one item. Without it an item is shown as its text. */
  @property({ attribute: false }) renderer?: MessageRenderer;

  /** Expected height of a row in px, before it is measured. */
  @property({ type: Number, attribute: 'estimate-item-size' }) estimateItemSize = 64;

  /** Called when the user nears the oldest loaded message; may return a promise. */
  @property({ attribute: false }) loadMore?: () => unknown;

  /** Rows kept rendered around the view (a hint; the virtualizer sizes this itself). */
  @property({ type: Number, attribute: 'visible-items-count' }) visibleItemsCount = 20;

  /** Accessible name of the list (default "Messages"). Our addition. */
  @property() label?: string;

  /** No older messages to load: `loadMore` is not called again. Our addition. */
  @property({ type: Boolean, attribute: 'no-more' }) noMore = false;

  /**
   * Estimate the rows not yet measured with `estimateItemSize`, then with the average of the first
   * rows measured, and keep that: for long lists of short rows opened at the newest end (a chat),
   * where an estimate that follows every measurement would empty and rebuild the rows in view.
   * Set before the list first renders. Our addition.
   */
  @property({ type: Boolean, attribute: 'steady-estimate' }) steadyEstimate = false;

  /** Following the newest message. */
  @state() private anchored = true;

  /** Messages that arrived while the user was reading older ones. */
  @state() private unseen = 0;

  @state() private loading = false;

  @query('lit-virtualizer') private list?: Virtualizer;

  private layout: PinLayout = { type: FlowLayout };
  private layoutKey = '';
  private firstVisible = 0;
  private previousKeys: { first: unknown; last: unknown; length: number } = {
    first: undefined,
    last: undefined,
    length: 0,
  };
  private pendingPin?: { index: number; block: 'start' | 'end' };
  /** The user scrolled since the layout was last pinned (the virtualizer dropped the pin). */
  private unpinned = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first render creates the virtualizer (only this list uses the virtualizer).
    if (!observerProvided) {
      observerProvided = true;
      provideResizeObserver(DeferredResizeObserver as unknown as typeof ResizeObserver);
    }
  }

  /** Whether the list follows the newest message (not scrolled up). */
  get isAtNewest(): boolean {
    return this.anchored;
  }

  /** Scrolls to the newest message and follows it again. */
  scrollToNewest(): void {
    this.anchored = true;
    this.unseen = 0;
    this.layoutKey = '';
    this.requestUpdate();
  }

  /** Scrolls so that item `index` is in view (the list stops following the newest message). */
  scrollToItem(index: number, block: 'start' | 'center' | 'end' = 'center'): void {
    this.anchored = false;
    this.list?.scrollToIndex?.(index, block === 'center' ? 'center' : block);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new renderer re-renders the rows in view (the virtualizer re-renders them when its own
    // `renderItem` changes); new items alone re-render only the rows whose item changed.
    if (changed.has('renderer')) this.renderItem = this.makeRenderItem();
  }

  /** New items: what arrived below while reading, what was added above, then the rows. */
  private follow(old: unknown[], items: unknown[]): void {
    const prev = this.previousKeys;
    const first = items.length ? keyOf(items[0], 0) : undefined;
    const last = items.length ? keyOf(items[items.length - 1], items.length - 1) : undefined;
    if (prev.length && items.length) {
      if (last !== prev.last && !this.anchored) {
        // Appended below while reading: count what arrived after the last known item.
        let index = items.length - 1;
        while (index >= 0 && keyOf(items[index], index) !== prev.last) index--;
        if (index >= 0) this.unseen += items.length - 1 - index;
      }
      if (first !== prev.first && !this.anchored) {
        // Older items above: keep the same item at the top of the view.
        const shift = items.findIndex((item, i) => keyOf(item, i) === prev.first);
        if (shift > 0) this.pendingPin = { index: this.firstVisible + shift, block: 'start' };
      }
    }
    this.previousKeys = { first, last, length: items.length };
    const virtualizer = this.list;
    if (virtualizer && old.length && items.length && !this.isUpdatePending) {
      // Rows to rows: only the virtualizer (and the rows it draws) has something new to show.
      virtualizer.items = items;
      virtualizer.layout = this.currentLayout(items.length);
    } else {
      this.requestUpdate();
    }
  }

  private currentLayout(count: number): PinLayout {
    const pin = this.pendingPin;
    const key = pin ? `pin:${pin.index}` : this.anchored ? `end:${count}` : 'free';
    if (key !== this.layoutKey) {
      this.layoutKey = key;
      // The kind of layout is fixed for the list's life (the virtualizer cannot change it).
      const base: PinLayout = this.steadyEstimate
        ? { type: SteadyFlowLayout, estimate: this.estimateItemSize }
        : { type: FlowLayout };
      this.layout = pin
        ? { ...base, pin }
        : this.anchored && count > 0
          ? { ...base, pin: { index: count - 1, block: 'end' } }
          : base;
      this.pendingPin = undefined;
      this.unpinned = false;
    }
    return this.layout;
  }

  private handleUnpinned = (): void => {
    // The user scrolled: stop following until they come back down. Still at the bottom, the
    // layout is no longer pinned: scrolling up from there stops following (see handleScroll).
    this.unpinned = true;
    if (!this.atBottom()) this.anchored = false;
  };

  private handleVisibility = (event: Event): void => {
    this.firstVisible = (event as Event & { first: number }).first ?? 0;
  };

  private atBottom(): boolean {
    const list = this.list;
    if (!list) return true;
    return list.scrollHeight - list.scrollTop - list.clientHeight <= BOTTOM_SLACK;
  }

  private handleScroll = (): void => {
    const list = this.list;
    if (!list) return;
    if (this.atBottom()) {
      if (!this.anchored || this.unseen) {
        this.anchored = true;
        this.unseen = 0;
      }
    } else if (this.anchored && (this.layoutKey === 'free' || this.unpinned)) {
      this.anchored = false;
    }
    if (list.scrollTop <= TOP_SLACK && list.scrollHeight > list.clientHeight)
      void this.requestOlder();
  };

  private async requestOlder(): Promise<void> {
    if (this.loading || this.noMore || typeof this.loadMore !== 'function') return;
    this.loading = true;
    this.anchored = false;
    try {
      await this.loadMore();
    } catch {
      // The caller reports its own errors; the list just stops showing "Loading".
    } finally {
      this.loading = false;
    }
  }

  private makeRenderItem() {
    return (item: unknown, index: number) =>
      // The virtualizer can ask for an index past the end for one frame, right after a removal.
      item === undefined
        ? html`<div part="item"></div>`
        : html`<div part="item" role="listitem">${this.renderer ? this.renderer(item, index) : String(item ?? '')}</div>`;
  }

  private renderItem = this.makeRenderItem();

  override render() {
    const items = this.items;
    const label = this.label ?? this.localize('chat_messages.list');
    return html`${
      items.length === 0
        ? html`<div part="empty" role="status">${this.localize('chat_messages.empty')}</div>`
        : html`<lit-virtualizer
            part="list"
            scroller
            role="list"
            tabindex="0"
            aria-label=${label}
            .items=${items}
            .renderItem=${this.renderItem}
            .keyFunction=${keyOf}
            .layout=${this.currentLayout(items.length)}
            @scroll=${this.handleScroll}
            @unpinned=${this.handleUnpinned}
            @visibilityChanged=${this.handleVisibility}
          ></lit-virtualizer>`
    }
      ${this.loading ? html`<div part="loading" role="status">${this.localize('chat_messages.loading')}</div>` : nothing}
      ${
        this.unseen > 0
          ? html`<rtk-button part="show-new-messages" variant="primary" size="sm" @click=${() => this.scrollToNewest()}
            ><span slot="start">${renderIcon('chevron_down', this.icons, paths.chevron_down)}</span>${this.localize(
              'chat_messages.new_messages',
              { count: this.unseen },
            )}</rtk-button
          >`
          : nothing
      }`;
  }
}
