import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { controlbarMenuContext } from '../../context/controlbar-menu-context.js';
import { MenuKeyboardController } from '../../controllers/menu-keyboard-controller.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './more-toggle.styles.js';
import * as paths from '../../icons/paths.js';
import type { pageItems as PageItems } from './page-items.js';

const supportsPopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;
/** Gap kept between the menu, its trigger and the viewport edges, in CSS pixels. */
const GAP = 8;

/** The page's items (slot `more-elements`), from `./page-items.js`, loaded when it has some. */
let pageItems: typeof PageItems | undefined;

/** A child whose custom element is not defined (yet): its module may still be loading. */
const pending = (el: Element): boolean =>
  el.localName.includes('-') && !customElements.get(el.localName);

/** The label of a control in the menu (its inner `rtk-controlbar-button`), for type-ahead. */
function labelOf(item: HTMLElement): string {
  const button =
    item.localName === 'rtk-controlbar-button'
      ? item
      : item.shadowRoot?.querySelector('rtk-controlbar-button');
  return String(
    (button as { label?: unknown } | null | undefined)?.label ?? item.textContent ?? '',
  );
}

/**
 * The "More" button of the control bar and the overflow menu it opens: the controls put in it
 * (its children, e.g. toggles with `variant="horizontal"`) are shown in a popup above the button.
 * `rtk-controlbar` moves the controls that do not fit, and the secondary ones, in here.
 *
 * The popup is a menu (`role="menu"`, the button has `aria-haspopup="menu"`): the
 * `rtk-controlbar-button` of each control in it becomes a menu item (`menuitemcheckbox` with
 * `aria-checked` for on/off toggles, `menuitem` otherwise), out of the Tab order.
 *
 * Keyboard (WAI-ARIA menu button, `MenuKeyboardController`, shared with `rtk-menu`): Enter,
 * Space or ArrowDown on the button open the menu on its first item, ArrowUp on its last;
 * ArrowDown/ArrowUp (and ArrowRight/ArrowLeft) move between items (wrapping), Home/End (and
 * PageUp/PageDown) jump to the ends, typing letters moves to the next item whose label starts
 * with them; choosing an item (click, Enter, Space) runs it, closes the menu and returns focus to
 * the button; Escape closes it and returns focus to the button; Tab closes it and moves on. The
 * keys the menu handles do not reach the control bar's own arrow-key navigation. A click outside,
 * or focus leaving the menu, closes it too. The popup lives in the top layer (popover) where
 * supported, so no `overflow` clips it. Each control in it is a row showing its icon and its
 * name; at size `sm` (a phone) the popup is a sheet along the bottom of the viewport, over a
 * dimmed page, that scrolls when it is taller than 70% of the viewport.
 *
 * Hidden (the element sets its `hidden` attribute) when none of its children is visible or still
 * loading (a child whose tag is not defined yet).
 *
 * Items a page adds (the official kit's way): elements with `slot="more-elements"`, or the
 * children of a `<div slot="more-elements">` around them. Each becomes an item of the menu, in the
 * same keyboard order, in the phone sheet too: kit toggles (e.g. `variant="horizontal"`) and
 * `rtk-controlbar-button`s take their menu role themselves; any other element without a `role`
 * (e.g. a `<button>`) is given `role="menuitem"` and `tabindex="-1"`, named by its text or
 * `aria-label`.
 *
 * @slot - The controls of the menu.
 * @slot more-elements - The page's own items, after the controls of the menu (official slot).
 * @slot expanded - Content shown below the items while the menu is open, e.g. a note; not a
 * menu item, so keep it non-interactive (official slot).
 *
 * @csspart controlbar-button - The "More" button.
 * @csspart menu - The popup.
 *
 * @cssprop --rtk-more-toggle-menu-background - Background of the popup.
 *
 * @fires rtkStateUpdate - `{ activeMoreMenu }` when the menu opens or closes.
 */
export class RtkMoreToggle extends RtkElement {
  static override strings = controlsStrings;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  private readonly keyboard = new MenuKeyboardController(this, {
    items: () => this.items,
    labelOf,
    isOpen: () => this.open,
    open: (focus) => this.show(focus),
    close: (returnFocus) => this.hide(returnFocus),
    // Enter and Space click the "More" button, which toggles the menu.
    triggerEnterOpens: false,
    sideArrows: true,
  });

  /** Whether the menu is open. */
  @state() private open = false;

  /** Whether any child is visible. */
  @state() private hasItems = false;

  private get menu() {
    return this.find('[part="menu"]');
  }

  private get trigger() {
    return this.find('rtk-controlbar-button');
  }

  private readonly observer = new MutationObserver(() => this.syncItems());

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden'],
    });
    this.syncItems();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    document.removeEventListener('pointerdown', this.handleOutside, true);
  }

  constructor() {
    super();
    // Every control put in it is a menu item: it answers their `controlbarMenuContext` request.
    // The "More" button's own request comes from the shadow root (target: the host): left out.
    this.addEventListener('context-request', (event) => {
      if (event.context === controlbarMenuContext && event.target !== this) {
        event.stopPropagation();
        event.callback(true as never);
      }
    });
  }

  /** The visible controls of the menu. */
  get items(): HTMLElement[] {
    return this.all().filter(
      (el): el is HTMLElement => el instanceof HTMLElement && !el.hidden && !pending(el),
    );
  }

  /** Its items: the default slot's children, then the page's (`more-elements`). */
  private all(): Element[] {
    return [...[...this.children].filter((el) => !el.slot), ...(pageItems?.(this) ?? [])];
  }

  private syncItems(): void {
    const loading = this.all().filter(pending);
    this.hasItems = this.items.length > 0 || loading.length > 0;
    // A control whose module is still loading becomes an item once it is defined.
    for (const child of loading)
      void customElements.whenDefined(child.localName).then(() => this.syncItems());
    if (!this.hasItems && this.open) this.hide(false);
  }

  /**
   * Opens the menu and focuses its first (or last) control. While every control is still loading
   * (the control bar loads some when "More" is first pointed at or focused), it waits for the
   * first of them, for 3 s at most.
   */
  async show(focus: 'first' | 'last' = 'first'): Promise<void> {
    const loading = this.all().filter(pending);
    if (!this.items.length && loading.length)
      await Promise.race([
        Promise.any(loading.map((el) => customElements.whenDefined(el.localName))),
        new Promise((resolve) => setTimeout(resolve, 3000)),
      ]);
    if (!this.items.length) return;
    if (!this.open) {
      this.open = true;
      this.updateStates({ activeMoreMenu: true });
    }
    await this.updateComplete;
    const items = this.items;
    (focus === 'first' ? items[0] : items.at(-1))?.focus();
  }

  /** Closes the menu; with `returnFocus`, focus goes back to the button. */
  hide(returnFocus = true): void {
    if (!this.open) return;
    this.open = false;
    this.keyboard.reset();
    this.updateStates({ activeMoreMenu: false });
    if (returnFocus) this.trigger?.focus();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.hidden = !this.hasItems;
    // A phone turned while the menu is open: from popup to sheet, or back.
    if (changed.has('size') && this.open) this.place();
    if (!changed.has('open')) return;
    const menu = this.menu;
    if (!menu) return;
    if (this.open) {
      if (supportsPopover && !menu.matches(':popover-open')) menu.showPopover();
      this.place();
      document.addEventListener('pointerdown', this.handleOutside, true);
    } else {
      if (supportsPopover && menu.matches(':popover-open')) menu.hidePopover();
      document.removeEventListener('pointerdown', this.handleOutside, true);
    }
  }

  /** Above the button (below when there is no room), inside the viewport; a sheet at `sm`. */
  private place(): void {
    const menu = this.menu;
    if (!menu) return;
    if (this.size === 'sm') {
      // The styles spread it over the viewport, with the sheet at the bottom edge.
      menu.style.removeProperty('left');
      menu.style.removeProperty('top');
      return;
    }
    const anchor = this.getBoundingClientRect();
    const width = menu.offsetWidth;
    const height = menu.offsetHeight;
    const rtl = getComputedStyle(this).direction === 'rtl';
    let x = rtl ? anchor.right - width : anchor.left;
    let y = anchor.top - GAP - height;
    if (y < GAP) y = anchor.bottom + GAP;
    x = Math.max(GAP, Math.min(x, innerWidth - width - GAP));
    y = Math.max(GAP, Math.min(y, innerHeight - height - GAP));
    // Physical left/top on purpose: getBoundingClientRect speaks physical pixels.
    menu.style.setProperty('left', `${x}px`);
    menu.style.setProperty('top', `${y}px`);
  }

  private handleSlotChange = (): void => this.syncItems();

  /** The page's items arrived: what makes them menu items loads (once) with the first. */
  private handlePageItems = (): void =>
    void import('./page-items.js').then((module) => {
      pageItems = module.pageItems;
      this.syncItems();
    });

  private handleOutside = (event: PointerEvent): void => {
    const path = event.composedPath();
    // On a phone the menu element is the dimmed page around the sheet (its slot): a tap there is
    // outside.
    if (!path.includes(this) || (this.size === 'sm' && path[0] === this.menu)) this.hide(false);
  };

  private handleTriggerClick = (): void => {
    if (this.open) this.hide(false);
    else void this.show('first');
  };

  /** Choosing an item closes the menu (a disabled or busy item stops its own click). */
  private handleMenuClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    if (this.items.some((item) => path.includes(item))) this.hide(true);
  };

  private handleFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && !this.contains(next) && !this.shadowRoot?.contains(next)) this.hide(false);
  };

  override render() {
    return html`<rtk-controlbar-button
        part="controlbar-button"
        .label=${this.localize('controls.more')}
        icon="more_vertical"
        .iconPath=${paths.more_vertical}
        .expanded=${this.open}
        .haspopup=${'menu'}
        .size=${this.size}
        @click=${this.handleTriggerClick}
        @keydown=${this.keyboard.handleTriggerKeydown}
      ></rtk-controlbar-button>
      <div
        part="menu"
        class=${this.open ? 'open' : ''}
        role="menu"
        aria-label=${this.localize('controls.more_label')}
        popover=${supportsPopover ? 'manual' : nothing}
        @keydown=${this.keyboard.handleMenuKeydown}
        @click=${this.handleMenuClick}
        @focusout=${this.handleFocusOut}
      >
        <div class="sheet">
          <slot @slotchange=${this.handleSlotChange}></slot>
          <slot name="more-elements" @slotchange=${this.handlePageItems}></slot>
          <slot name="expanded"></slot>
        </div>
      </div>`;
  }
}
