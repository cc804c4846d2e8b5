import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { controlbarMenuContext } from '../../context/controlbar-menu-context.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './more-toggle.styles.js';
import * as paths from '../../icons/paths.js';

const supportsPopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;
/** Gap kept between the menu, its trigger and the viewport edges, in CSS pixels. */
const GAP = 8;
/** Type-ahead forgets what was typed after this pause, in ms. */
const TYPEAHEAD_RESET_MS = 500;

/** The label of a control in the menu (its inner `rtk-controlbar-button`), lower-cased. */
function labelOf(item: HTMLElement): string {
  const button = item.localName === 'rtk-controlbar-button' ? item : item.shadowRoot?.querySelector('rtk-controlbar-button');
  return String((button as { label?: unknown } | null | undefined)?.label ?? item.textContent ?? '')
    .trim()
    .toLowerCase();
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
 * Keyboard (WAI-ARIA menu button): Enter, Space or ArrowDown on the button open the menu on its
 * first item, ArrowUp on its last; ArrowDown/ArrowUp move between items (wrapping), Home/End (and
 * PageUp/PageDown) jump to the ends, typing letters moves to the next item whose label starts
 * with them; choosing an item (click, Enter, Space) runs it, closes the menu and returns focus to
 * the button; Escape closes it and returns focus to the button; Tab closes it and moves on. A
 * click outside closes it too. The popup lives in the top layer (popover) where supported, so no
 * `overflow` clips it.
 *
 * Hidden (the element sets its `hidden` attribute) when none of its children is visible.
 *
 * @slot - The controls of the menu.
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

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [tokens, hostStyles, styles];

  /** Whether the menu is open. */
  @state() private open = false;

  /** Whether any child is visible. */
  @state() private hasItems = false;

  @query('[part="menu"]') private menu?: HTMLElement;

  @query('rtk-controlbar-button') private trigger?: HTMLElement;

  private readonly observer = new MutationObserver(() => this.syncItems());

  private typed = '';

  private typedTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this, { childList: true, subtree: false, attributes: true, attributeFilter: ['hidden'] });
    this.syncItems();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    document.removeEventListener('pointerdown', this.handleOutside, true);
    clearTimeout(this.typedTimer);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // On the popup, not the host: the controls slotted into it become menu items, the "More"
    // button beside it does not.
    if (this.menu) new ContextProvider(this.menu, { context: controlbarMenuContext, initialValue: true });
  }

  /** The visible controls of the menu. */
  get items(): HTMLElement[] {
    return [...this.children].filter(
      (el): el is HTMLElement =>
        el instanceof HTMLElement && !el.hidden && !(el.localName.includes('-') && !customElements.get(el.localName)),
    );
  }

  private syncItems(): void {
    this.hasItems = this.items.length > 0;
    // A control whose module is still loading counts once it is defined.
    for (const child of this.children) {
      if (child.localName.includes('-') && !customElements.get(child.localName)) {
        void customElements.whenDefined(child.localName).then(() => this.syncItems());
      }
    }
    if (!this.hasItems && this.open) this.hide(false);
  }

  /** Opens the menu and focuses its first (or last) control. */
  async show(focus: 'first' | 'last' = 'first'): Promise<void> {
    if (!this.hasItems) return;
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
    this.typed = '';
    this.updateStates({ activeMoreMenu: false });
    if (returnFocus) this.trigger?.focus();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.hidden = !this.hasItems;
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

  /** Above the button (below when there is no room), inside the viewport. */
  private place(): void {
    const menu = this.menu;
    if (!menu) return;
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

  private handleOutside = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.hide(false);
  };

  private handleTriggerClick = (): void => {
    if (this.open) this.hide(false);
    else void this.show('first');
  };

  private handleTriggerKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation(); // not the toolbar's arrow-key navigation
      void this.show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  private handleMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.items;
    const path = event.composedPath();
    const current = items.findIndex((item) => path.includes(item));
    const focusAt = (index: number) => items[(index + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        focusAt(current + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        focusAt(current < 0 ? -1 : current - 1);
        break;
      case 'Home':
      case 'PageUp':
        focusAt(0);
        break;
      case 'End':
      case 'PageDown':
        focusAt(-1);
        break;
      case 'Escape':
        this.hide(true);
        break;
      case 'Tab':
        this.hide(false);
        return;
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          this.typeAhead(event.key, items, current);
          break;
        }
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  /** Moves focus to the next item whose label starts with what was just typed. */
  private typeAhead(key: string, items: HTMLElement[], current: number): void {
    clearTimeout(this.typedTimer);
    this.typedTimer = setTimeout(() => (this.typed = ''), TYPEAHEAD_RESET_MS);
    this.typed += key.toLowerCase();
    if (this.typed.trim() === '') return;
    const typed = this.typed;
    const from = (start: number) => [...items.slice(start), ...items.slice(0, start)];
    // A fresh search starts after the current item; a longer one may match the current item.
    let match = from(typed.length === 1 ? current + 1 : Math.max(current, 0)).find((item) => labelOf(item).startsWith(typed));
    // The same letter again cycles through the items starting with it; any other miss starts a
    // new search with the last key.
    if (!match) {
      if (![...typed].every((c) => c === typed[0])) this.typed = typed.slice(-1);
      match = from(current + 1).find((item) => labelOf(item).startsWith(this.typed[0]));
    }
    match?.focus();
  }

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
        .iconPack=${this.icons}
        @click=${this.handleTriggerClick}
        @keydown=${this.handleTriggerKeydown}
      ></rtk-controlbar-button>
      <div
        part="menu"
        class=${this.open ? 'open' : ''}
        role="menu"
        aria-label=${this.localize('controls.more_label')}
        popover=${supportsPopover ? 'manual' : nothing}
        @keydown=${this.handleMenuKeydown}
        @click=${this.handleMenuClick}
        @focusout=${this.handleFocusOut}
      >
        <slot @slotchange=${this.handleSlotChange}></slot>
      </div>`;
  }
}
