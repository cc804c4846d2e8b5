import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { styleProps } from '../../internal/style-props.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './virtualized-participant-list.styles.js';

/** Makes a stable key for an item, so that rows follow their item when the list changes. */
export type ItemKeyFunction<T> = (item: T, index: number) => unknown;

/** The default key: the item's `id` when it has one, else the item itself. */
function defaultKey(item: unknown): unknown {
  return typeof item === 'object' && item !== null && 'id' in item
    ? (item as { id: unknown }).id
    : item;
}

/**
 * A long list that renders only the rows in view, plus `bufferedItemsCount` rows on each side,
 * so thousands of people scroll smoothly. Every row is `itemHeight` pixels tall (as in the
 * official kit), which makes the window a matter of arithmetic: no row is measured, and the list
 * never lays itself out again in a resize callback.
 *
 * Rows come from `renderItem` and are kept with their item by `keyFunction` (default: the item's
 * `id`): adding or removing one person leaves the other rows untouched, and a row whose item did
 * not change is not re-rendered.
 *
 * It is a `role="list"` that can take focus (so the keyboard can scroll it); each row is wrapped
 * in a `role="listitem"` with `aria-setsize` and `aria-posinset`, so screen readers tell the full
 * count although only some rows exist. The element scrolls itself: give it a height (it fills
 * its container's by default).
 *
 * @csspart list - The scrolling list.
 * @csspart item - The wrapper of each row.
 * @csspart empty - The wrapper of `emptyListElement` when there are no items.
 */
export class RtkVirtualizedParticipantList<T = unknown> extends RtkElement {
  static override styles = [tokens, hostStyles, styles];

  /** The items to list (e.g. participants). */
  @property({ attribute: false }) items: T[] = [];

  /** Renders one row. */
  @property({ attribute: false }) renderItem?: (item: T, index: number) => TemplateResult;

  /** A stable key of an item (default: its `id`). Our addition. */
  @property({ attribute: false }) keyFunction: ItemKeyFunction<T> = defaultKey;

  /** Height of every row, in px. */
  @property({ type: Number, attribute: 'item-height' }) itemHeight = 48;

  /** Rows rendered beyond each edge of the visible ones, so fast scrolling shows no gap. */
  @property({ type: Number, attribute: 'buffered-items-count' }) bufferedItemsCount = 7;

  /** Shown instead of the list when there are no items. */
  @property({ attribute: false }) emptyListElement?: HTMLElement;

  /** Accessible name of the list. Our addition. */
  @property() label = '';

  /** Index of the first row in view. */
  @state() private first = 0;

  /** Height of the viewport, in px. */
  @state() private viewport = 0;

  private observed?: Element;

  private readonly resizeObserver =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          // Only a state change: the render that follows never changes the list's own size.
          const height = entries[entries.length - 1]?.contentRect.height ?? 0;
          if (height !== this.viewport) this.viewport = height;
        })
      : undefined;

  private get rowHeight(): number {
    return this.itemHeight > 0 ? this.itemHeight : 48;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.observed = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const list = this.renderRoot.querySelector('[part="list"]') ?? undefined;
    if (list === this.observed) return;
    this.resizeObserver?.disconnect();
    this.observed = list;
    // The observer reports the initial size too.
    if (list) this.resizeObserver?.observe(list);
  }

  private handleScroll = (event: Event): void => {
    const first = Math.floor((event.target as HTMLElement).scrollTop / this.rowHeight);
    if (first !== this.first) this.first = first;
  };

  override render() {
    const items = this.items ?? [];
    if (items.length === 0) {
      return this.emptyListElement
        ? html`<div part="empty">${this.emptyListElement}</div>`
        : nothing;
    }
    const h = this.rowHeight;
    const buffer = Math.max(0, Math.floor(this.bufferedItemsCount));
    const inView = Math.ceil((this.viewport || h * 10) / h) + 1;
    const start = Math.max(0, Math.min(this.first, items.length - 1) - buffer);
    const end = Math.min(items.length, this.first + inView + buffer);
    const windowed = items.slice(start, end);
    const size = items.length;
    return html`<div part="list" role="list" aria-label=${this.label || nothing} tabindex="0" @scroll=${this.handleScroll}>
      <div class="spacer" ${styleProps({ 'block-size': `${size * h}px` })}>
        ${repeat(
          windowed,
          (item, i) => this.keyFunction(item, start + i),
          (item, i) =>
            html`<div
              part="item"
              class="item"
              role="listitem"
              aria-setsize=${size}
              aria-posinset=${start + i + 1}
              ${styleProps({ 'inset-block-start': `${(start + i) * h}px`, 'block-size': `${h}px` })}
            >
              ${this.renderItem ? this.renderItem(item, start + i) : String(item)}
            </div>`,
        )}
      </div>
    </div>`;
  }
}
