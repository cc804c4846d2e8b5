import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './menu-item.styles.js';

/**
 * One entry of a menu. The element itself is the focusable `menuitem` (or `menuitemcheckbox` once
 * `checked` is set), so `rtk-menu` can move focus between entries with the arrow keys.
 *
 * Listen to `click` to act on it: it fires for a pointer click and for Enter or Space while the
 * item has focus, and never while the item is `disabled`. The surrounding `rtk-menu` closes after
 * the click.
 *
 * @slot - The label.
 * @slot start - Something before the label, e.g. an `rtk-icon`.
 * @slot end - Something after the label, e.g. a keyboard shortcut.
 *
 * @csspart label - The label wrapper.
 * @csspart start - The wrapper of the `start` slot.
 * @csspart end - The wrapper of the `end` slot.
 * @csspart check - The check mark of a checkable item.
 *
 * @cssprop --rtk-menu-item-color - Text colour.
 * @cssprop --rtk-menu-item-background-hover - Background when hovered or focused.
 */
export class RtkMenuItem extends RtkElement {
  static override styles = [tokens, hostStyles, styles];

  /** Look of the menu the item belongs to, as in the official kit (`primary` or `secondary`). */
  @property({ attribute: 'menu-variant', reflect: true }) menuVariant: 'primary' | 'secondary' =
    'primary';

  /** The item cannot be chosen; arrow keys skip it. Our addition. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * Makes the item a checkbox (`menuitemcheckbox`) that is checked or not; leave unset for a
   * plain item. Our addition.
   */
  @property({
    type: Boolean,
    converter: { fromAttribute: (v: string | null) => v !== null && v !== 'false' },
  })
  checked?: boolean;

  constructor() {
    super();
    // Capture on the host runs before the user's own click listeners, so a disabled item is inert.
    this.addEventListener('click', this.handleClick, { capture: true });
    this.addEventListener('keydown', this.handleKeydown);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The host is the focusable menu item; rtk-menu moves the roving tabindex.
    if (!this.hasAttribute('tabindex')) this.tabIndex = -1;
    this.syncAria();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('checked') || changed.has('disabled')) this.syncAria();
  }

  private syncAria(): void {
    this.setAttribute('role', this.checked === undefined ? 'menuitem' : 'menuitemcheckbox');
    if (this.checked === undefined) this.removeAttribute('aria-checked');
    else this.setAttribute('aria-checked', String(this.checked));
    if (this.disabled) this.setAttribute('aria-disabled', 'true');
    else this.removeAttribute('aria-disabled');
  }

  private handleClick = (event: MouseEvent): void => {
    if (!this.disabled) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.target !== this || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    this.click();
  };

  override render() {
    return html`<span part="start"><slot name="start"></slot></span>
      ${
        this.checked === undefined
          ? nothing
          : html`<span part="check" aria-hidden="true">${this.checked ? '✓' : ''}</span>`
      }
      <span part="label"><slot></slot></span>
      <span part="end"><slot name="end"></slot></span>`;
  }
}
