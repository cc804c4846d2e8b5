import type * as FloatingUi from '@floating-ui/dom';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MenuKeyboardController } from '../../controllers/menu-keyboard-controller.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './menu.styles.js';
import type { MenuPlacement } from '../../internal/shared-types.js';

export type { MenuPlacement };

const ITEM = 'rtk-menu-item';
/** Gap kept between the menu and the viewport edges, in CSS pixels. */
const VIEWPORT_PADDING = 8;

let triggerIds = 0;

const supportsPopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

/**
 * A menu button: a trigger and a popup menu of `rtk-menu-item`s (inside an `rtk-menu-list`, or
 * directly in the menu).
 *
 * The trigger opens the menu on click, Enter, Space and ArrowDown (ArrowUp opens it on the last
 * item). Inside, ArrowDown/ArrowUp move focus (wrapping), Home/End jump to the ends, typing
 * letters moves to the next item starting with them, Enter or Space choose an item. Choosing an
 * item (which fires its `click`), Escape, or a click outside close the menu; Escape and choosing
 * return focus to the trigger, Tab closes it and moves on. Disabled items are skipped. The keys
 * the menu handles go no further, so Escape in a menu inside a dialog closes only the menu (the
 * keyboard is `MenuKeyboardController`, shared with `rtk-more-toggle`).
 *
 * The popup lives in the top layer (popover) where supported, so no `overflow` clips it, and is
 * positioned with Floating UI (loaded on first open) so that it stays in the viewport.
 *
 * @slot trigger - The element that opens the menu, e.g. a `<button>` or `rtk-button`. It gets
 *   `aria-haspopup="menu"` and `aria-expanded`.
 * @slot - An `rtk-menu-list`, or `rtk-menu-item`s directly.
 *
 * @csspart trigger - The wrapper of the trigger slot.
 * @csspart menu-list - The popup.
 *
 * @cssprop --rtk-menu-background - Background of the popup.
 * @cssprop --rtk-menu-border-color - Border of the popup.
 */
export class RtkMenu extends RtkElement {
  static override styles = [tokens, hostStyles, styles];

  private readonly keyboard = new MenuKeyboardController(this, {
    items: () => this.enabledItems,
    labelOf,
    isOpen: () => this.open,
    open: (focus) => this.show(focus),
    close: (returnFocus) => this.hide(returnFocus),
  });

  /** Where the popup opens relative to the trigger. It flips and shifts to stay in view. */
  @property() placement: MenuPlacement = 'bottom-start';

  /** Distance between the trigger and the popup, in CSS pixels. */
  @property({ type: Number }) offset = 4;

  /** Whether the menu is open. Our addition; set it to open or close from code. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Whether the default slot holds an `rtk-menu-list` (then that list is the `menu`). */
  @state() private hasList = false;

  @query('[part="menu-list"]') private popup?: HTMLElement;
  @query('[part="trigger"]') private triggerBox?: HTMLElement;

  private trigger?: HTMLElement;
  private stopAutoUpdate?: () => void;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening();
  }

  /** The `rtk-menu-item`s of this menu (not of a nested one), in document order. */
  get items(): HTMLElement[] {
    // A slot in the list (a tag passing its own children on) gives the items assigned to it.
    return [...this.querySelectorAll<HTMLElement>(`${ITEM}, slot`)]
      .flatMap((el) =>
        el instanceof HTMLSlotElement
          ? (el.assignedElements({ flatten: true }) as HTMLElement[])
          : el.closest('rtk-menu') === this
            ? el
            : [],
      )
      .filter((el) => el.localName === ITEM);
  }

  private get enabledItems(): HTMLElement[] {
    return this.items.filter((item) => !item.hasAttribute('disabled') && !item.hidden);
  }

  /** Opens the menu and moves focus to its first (or, with `'last'`, last) enabled item. */
  async show(focus: 'first' | 'last' | 'none' = 'first'): Promise<void> {
    this.open = true;
    await this.updateComplete;
    const items = this.enabledItems;
    const target = focus === 'first' ? items[0] : focus === 'last' ? items.at(-1) : undefined;
    target?.focus();
  }

  /** Closes the menu; with `returnFocus`, focus goes back to the trigger. */
  hide(returnFocus = false): void {
    this.open = false;
    this.keyboard.reset();
    if (returnFocus) this.trigger?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    this.trigger?.setAttribute('aria-expanded', String(this.open));
    const popup = this.popup;
    if (!popup) return;
    if (this.open) {
      if (supportsPopover && !popup.matches(':popover-open')) popup.showPopover();
      this.placeNow();
      void this.placeWithFloatingUi();
      document.addEventListener('pointerdown', this.handleOutside, true);
    } else {
      if (supportsPopover && popup.matches(':popover-open')) popup.hidePopover();
      this.stopListening();
    }
  }

  private stopListening(): void {
    document.removeEventListener('pointerdown', this.handleOutside, true);
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
  }

  /** A first position without Floating UI: below (or above) the trigger, clamped to the viewport. */
  private placeNow(): void {
    const popup = this.popup;
    const box = this.triggerBox;
    if (!popup || !box) return;
    const anchor = box.getBoundingClientRect();
    const width = popup.offsetWidth;
    const height = popup.offsetHeight;
    const rtl = getComputedStyle(this).direction === 'rtl';
    let x = rtl ? anchor.right - width : anchor.left;
    let y = anchor.bottom + this.offset;
    if (this.placement.startsWith('top') || y + height > innerHeight - VIEWPORT_PADDING) {
      const above = anchor.top - this.offset - height;
      if (above >= VIEWPORT_PADDING || this.placement.startsWith('top')) y = above;
    }
    x = Math.min(Math.max(x, VIEWPORT_PADDING), innerWidth - width - VIEWPORT_PADDING);
    y = Math.min(Math.max(y, VIEWPORT_PADDING), innerHeight - height - VIEWPORT_PADDING);
    this.moveTo(Math.max(x, 0), Math.max(y, 0));
  }

  private moveTo(x: number, y: number): void {
    // Physical left/top on purpose: Floating UI and getBoundingClientRect speak physical pixels.
    this.popup?.style.setProperty('left', `${x}px`);
    this.popup?.style.setProperty('top', `${y}px`);
  }

  private async placeWithFloatingUi(): Promise<void> {
    let floating: typeof FloatingUi;
    try {
      floating = await import('@floating-ui/dom');
    } catch {
      return; // placeNow() already put it in view
    }
    const popup = this.popup;
    const box = this.triggerBox;
    if (!this.open || !popup || !box || this.stopAutoUpdate) return;
    const { autoUpdate, computePosition, flip, offset, shift, size } = floating;
    this.stopAutoUpdate = autoUpdate(box, popup, () => {
      void computePosition(box, popup, {
        strategy: 'fixed',
        placement: this.placement,
        middleware: [
          offset(this.offset),
          flip({ padding: VIEWPORT_PADDING }),
          shift({ padding: VIEWPORT_PADDING }),
          size({
            padding: VIEWPORT_PADDING,
            apply: ({ availableHeight }) => {
              popup.style.maxBlockSize = `${Math.max(availableHeight, 80)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        if (this.open) this.moveTo(x, y);
      });
    });
  }

  private handleOutside = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.hide(false);
  };

  private handleTriggerSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    const trigger = slot.assignedElements()[0] as HTMLElement | undefined;
    if (trigger === this.trigger) return;
    this.trigger?.removeAttribute('aria-haspopup');
    this.trigger?.removeAttribute('aria-expanded');
    this.trigger = trigger;
    if (!trigger) return;
    trigger.setAttribute('aria-haspopup', 'menu');
    trigger.setAttribute('aria-expanded', String(this.open));
    this.labelList();
  };

  private handleDefaultSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    this.hasList = slot.assignedElements().some((el) => el.localName === 'rtk-menu-list');
    this.labelList();
  };

  /** Names the light-DOM `rtk-menu-list` after the trigger (both live in the same tree). */
  private labelList(): void {
    const list = this.querySelector(':scope > rtk-menu-list');
    const trigger = this.trigger;
    if (
      !list ||
      !trigger ||
      list.hasAttribute('aria-label') ||
      list.hasAttribute('aria-labelledby')
    )
      return;
    if (!trigger.id) trigger.id = `rtk-menu-trigger-${++triggerIds}`;
    list.setAttribute('aria-labelledby', trigger.id);
  }

  private handleTriggerClick = (event: MouseEvent): void => {
    if (event.defaultPrevented) return;
    if (this.open) this.hide(false);
    else void this.show('first');
  };

  private handleMenuClick = (event: MouseEvent): void => {
    const item = event
      .composedPath()
      .find((node) => node instanceof Element && node.localName === ITEM);
    // A disabled item stops its own click, so any item click that reaches here was a choice.
    if (item && (item as Element).closest('rtk-menu') === this) this.hide(true);
  };

  override render() {
    return html`<div part="trigger" @click=${this.handleTriggerClick} @keydown=${this.keyboard.handleTriggerKeydown}>
        <slot name="trigger" @slotchange=${this.handleTriggerSlotChange}></slot>
      </div>
      <div
        part="menu-list"
        class=${this.open ? (this.hasList ? 'open' : 'open bare') : this.hasList ? '' : 'bare'}
        role=${this.hasList ? nothing : 'menu'}
        popover=${supportsPopover ? 'manual' : nothing}
        @keydown=${this.keyboard.handleMenuKeydown}
        @click=${this.handleMenuClick}
      >
        <slot @slotchange=${this.handleDefaultSlotChange}></slot>
      </div>`;
  }
}

/** The text of an item's label (its default slot), for type-ahead. */
function labelOf(item: HTMLElement): string {
  let text = '';
  for (const node of item.childNodes) {
    if (node instanceof Element && node.hasAttribute('slot')) continue;
    text += node.textContent ?? '';
  }
  return text;
}
