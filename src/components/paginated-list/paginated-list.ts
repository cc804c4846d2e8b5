import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './paginated-list.styles.js';
import { paginatedListStrings } from '../../i18n/en/paginated-list.js';

/**
 * Fetches one page: up to `size` items older than `timestamp` (newest first) when `reversed`, as
 * in the official kit.
 */
export type PaginatedFetch<T = unknown> = (
  timestamp: number,
  size: number,
  reversed: boolean,
) => Promise<T[]>;

/** How close to the end of the list (in CSS pixels) the next page starts loading. */
const LOOKAHEAD_PX = 48;

/** The time of an item, for the next page's `timestamp`: `timestamp`, `createdAt` or `time`. */
function defaultTimestampOf(item: unknown): number | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const { timestamp, createdAt, time } = item as {
    timestamp?: unknown;
    createdAt?: unknown;
    time?: unknown;
  };
  for (const value of [timestamp, createdAt, time]) {
    if (typeof value === 'number') return value;
    if (value instanceof Date) return value.getTime();
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return Date.parse(value);
  }
  return undefined;
}

/** The key of an item, for `onNodeDelete` and `onNodeUpdate`: its `id`, else the item itself. */
function defaultKeyOf(item: unknown): unknown {
  return item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : item;
}

/**
 * A list that shows its items page by page, generic over what an item is.
 *
 * Items come either from `fetchData(timestamp, size, reversed)` (as in the official kit: the
 * first page is fetched before now, each next one before the last item's `timestamp`) or from an
 * `items` array shown `pageSize` at a time. Each item is drawn by `renderItem` (or the official
 * `createNodes`), or as text.
 *
 * The next page loads when the end of the list scrolls into view, and from a "Load more" button
 * for keyboard and switch users. While a page loads the list is `aria-busy`; with nothing to show
 * it says `emptyListLabel`. A failed fetch shows a message and the button retries; nothing throws.
 *
 * @csspart container - The scrolling box.
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart empty - The empty-state text.
 * @csspart status - The loading or error text.
 * @csspart load-more - The "Load more" button.
 * @csspart show-new-messages - The "Show new items" button, shown when `onNewNode` added an item
 *   while the list was scrolled away from its start (and `autoScroll` is off).
 * @csspart sentinel - The invisible marker whose visibility loads the next page.
 *
 * @cssprop --rtk-paginated-list-max-height - Greatest height before the list scrolls.
 * @cssprop --rtk-paginated-list-gap - Space between items.
 * @cssprop --rtk-paginated-list-background - Background.
 */
export class RtkPaginatedList<T = unknown> extends RtkElement {
  static override strings = paginatedListStrings;

  static override styles = [tokens, hostStyles, focusRing, styles];

  /** Fetches a page (official signature). Ignored while `items` is set. */
  @property({ attribute: false }) fetchData?: PaginatedFetch<T>;

  /** All items, shown a page at a time; an alternative to `fetchData`. Our addition. */
  @property({ attribute: false }) items?: readonly T[];

  /** Draws one item. Our addition; wins over `createNodes`. */
  @property({ attribute: false }) renderItem?: (item: T, index: number) => unknown;

  /** Draws the loaded items (official): returns one node or template per item. */
  @property({ attribute: false }) createNodes?: (items: T[]) => unknown[];

  /** Items per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Pages the official kit keeps rendered at once. Accepted for compatibility; all loaded pages stay. */
  @property({ type: Number, attribute: 'pages-allowed' }) pagesAllowed = 3;

  /** Text shown when there is nothing to list. Defaults to a translated "Nothing here yet." */
  @property({ attribute: 'empty-list-label' }) emptyListLabel?: string;

  /** Scrolls to the top when `onNewNode` adds an item, as the official kit does. */
  @property({ type: Boolean, attribute: 'auto-scroll' }) autoScroll = false;

  /** Accessible name of the list. Our addition. */
  @property() label?: string;

  /** The time of an item, for the next page's timestamp. Our addition. */
  @property({ attribute: false }) timestampOf: (item: T) => number | undefined = defaultTimestampOf;

  /** The key of an item, for `onNodeDelete` and `onNodeUpdate`. Our addition. */
  @property({ attribute: false }) keyOf: (item: T) => unknown = defaultKeyOf;

  @state() private loaded: T[] = [];
  @state() private loading = false;
  @state() private failed = false;
  @state() private exhausted = false;
  @state() private pages = 1;
  @state() private unseenNew = false;

  @query('[part="container"]') private container?: HTMLElement;
  @query('[part="sentinel"]') private sentinel?: HTMLElement;
  @query('[part="load-more"]') private loadMoreButton?: HTMLButtonElement;

  private observer?: IntersectionObserver;
  private generation = 0;
  private cursor = Date.now();

  /** Whether another page can be shown. */
  get hasMore(): boolean {
    if (this.items) return this.pages * this.pageSize < this.items.length;
    return !!this.fetchData && !this.exhausted;
  }

  /** The items shown now. */
  get visibleItems(): readonly T[] {
    return this.items ? this.items.slice(0, this.pages * this.pageSize) : this.loaded;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fetchData') && !this.items) this.reset();
  }

  protected override updated(): void {
    this.watchSentinel();
    // A box that scrolls must be reachable by keyboard once the button inside it is gone.
    const box = this.container;
    if (box) box.tabIndex = !this.hasMore && box.scrollHeight > box.clientHeight ? 0 : -1;
  }

  /** Forgets every page and loads the first one again. */
  reset(): void {
    this.generation++;
    this.loaded = [];
    this.pages = 1;
    this.exhausted = false;
    this.failed = false;
    this.loading = false;
    this.cursor = Date.now();
    this.unseenNew = false;
    if (!this.items && this.fetchData) void this.loadMore();
  }

  /** Renders the list again (e.g. after items changed in place). */
  rerenderList(): void {
    this.requestUpdate();
  }

  /**
   * Adds a new item at the start (it is the newest). With `autoScroll` the list scrolls to it;
   * otherwise, when scrolled away from the start, a "Show new items" button appears.
   */
  onNewNode(item: T): void {
    this.loaded = [item, ...this.loaded];
    if (this.autoScroll) void this.updateComplete.then(() => this.scrollToStart());
    else if ((this.container?.scrollTop ?? 0) > 0) this.unseenNew = true;
  }

  private scrollToStart(): void {
    this.unseenNew = false;
    this.container?.scrollTo({ top: 0 });
  }

  private handleScroll = (): void => {
    if (this.unseenNew && this.container?.scrollTop === 0) this.unseenNew = false;
  };

  /** Removes the item with this key. */
  onNodeDelete(key: unknown): void {
    this.loaded = this.loaded.filter((item) => this.keyOf(item) !== key);
  }

  /** Replaces the item with this key. */
  onNodeUpdate(key: unknown, item: T): void {
    this.loaded = this.loaded.map((old) => (this.keyOf(old) === key ? item : old));
  }

  /** Shows the next page: from `items`, or by fetching it. Resolves when it is shown. */
  async loadMore(): Promise<void> {
    if (this.loading || !this.hasMore) return;
    if (this.items) {
      this.pages++;
      return;
    }
    const fetchData = this.fetchData!;
    const generation = this.generation;
    this.loading = true;
    this.failed = false;
    try {
      const page = (await fetchData(this.cursor, this.pageSize, true)) ?? [];
      if (generation !== this.generation) return;
      this.loaded = [...this.loaded, ...page];
      const last = page.length ? this.timestampOf(page[page.length - 1]) : undefined;
      // A short page is the last; so is one we cannot page past.
      this.exhausted = page.length < this.pageSize || last === undefined || last === this.cursor;
      if (last !== undefined) this.cursor = last;
    } catch {
      if (generation === this.generation) this.failed = true;
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  /** Re-observes the end marker, so that a still-visible end keeps loading pages. */
  private watchSentinel(): void {
    const sentinel = this.sentinel;
    if (
      !sentinel ||
      this.loading ||
      this.failed ||
      !this.hasMore ||
      typeof IntersectionObserver === 'undefined'
    ) {
      this.observer?.disconnect();
      return;
    }
    this.observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && this.endInView()) void this.loadMore();
      },
      { root: this.container, rootMargin: `0px 0px ${LOOKAHEAD_PX}px 0px` },
    );
    this.observer.disconnect();
    this.observer.observe(sentinel);
  }

  /**
   * Whether to load because the end is in view: checks the current layout (the observer may have
   * reported an earlier one), and leaves it to keyboard users whose focus on the button scrolled
   * the end into view, so that the button does not vanish under their focus.
   */
  private endInView(): boolean {
    if (this.loadMoreButton && this.shadowRoot?.activeElement === this.loadMoreButton) return false;
    const box = this.container?.getBoundingClientRect();
    const end = this.sentinel?.getBoundingClientRect();
    return !!box && !!end && end.top <= box.bottom + LOOKAHEAD_PX;
  }

  private handleLoadMore = async (): Promise<void> => {
    // activeElement, not :focus, which does not match while the window itself is unfocused.
    const hadFocus =
      !!this.loadMoreButton && this.shadowRoot?.activeElement === this.loadMoreButton;
    await this.loadMore();
    await this.updateComplete;
    // Keep keyboard users in place when the button goes away with the last page.
    if (hadFocus && !this.loadMoreButton) this.container?.focus();
  };

  private renderItems() {
    const items = this.visibleItems;
    if (this.renderItem)
      return items.map(
        (item, index) => html`<li part="item">${this.renderItem!(item, index)}</li>`,
      );
    if (this.createNodes) {
      const nodes = this.createNodes([...items]);
      return (Array.isArray(nodes) ? nodes : [nodes]).map(
        (node) => html`<li part="item">${node}</li>`,
      );
    }
    return items.map((item) => html`<li part="item">${String(item)}</li>`);
  }

  override render() {
    const empty = this.visibleItems.length === 0;
    const settledEmpty = empty && !this.loading && !this.hasMore && !this.failed;
    return html`${
      this.unseenNew
        ? html`<button part="show-new-messages" type="button" @click=${this.scrollToStart}>
            ${this.localize('paginated_list.show_new')}
          </button>`
        : nothing
    }
      <div part="container" @scroll=${this.handleScroll}>
      <ul part="list" aria-busy=${this.loading ? 'true' : 'false'} aria-label=${this.label || nothing}>
        ${this.renderItems()}
      </ul>
      ${
        settledEmpty
          ? html`<p part="empty">${this.emptyListLabel ?? this.localize('paginated_list.empty')}</p>`
          : nothing
      }
      ${this.loading ? html`<p part="status">${this.localize('paginated_list.loading')}</p>` : nothing}
      ${this.failed ? html`<p part="status">${this.localize('paginated_list.error')}</p>` : nothing}
      ${
        this.hasMore && !this.loading
          ? html`<div part="sentinel" aria-hidden="true"></div>
            <button part="load-more" type="button" @click=${this.handleLoadMore}>
              ${this.localize('paginated_list.load_more')}
            </button>`
          : nothing
      }
    </div>`;
  }
}
