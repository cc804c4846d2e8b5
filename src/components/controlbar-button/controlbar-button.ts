import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { controlbarMenuContext } from '../../context/controlbar-menu-context.js';
import { RtkElement } from '../../internal/rtk-element.js';
import type { IconName } from '../../icons/icon-pack.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './controlbar-button.styles.js';

/** The default icon pack, loaded the first time a name comes without path data. */
let defaultPack: Readonly<Record<string, string>> | undefined;
let packLoading: Promise<void> | undefined;
function loadDefaultPack(): Promise<void> {
  packLoading ??= import('../../icons/icon-pack.js').then((module) => {
    defaultPack = module.defaultIconPack as Readonly<Record<string, string>>;
  });
  return packLoading;
}

/**
 * The button of the control bar: an icon over (or beside) a short label.
 *
 * A real `<button>`. While `disabled` or `isLoading` it stays focusable (so its `description`,
 * e.g. why it is disabled, can be read) but ignores clicks: `click` listeners on this element do
 * not run.
 *
 * Inside the menu of `rtk-more-toggle` it is a menu item instead: `role="menuitemcheckbox"` with
 * `aria-checked` when it has a `pressed` state, `role="menuitem"` otherwise, out of the Tab order
 * (the menu's arrow keys move between items), and a row with its icon and its label at every size.
 *
 * Its state shows at a glance, drawn from the same ARIA state a screen reader hears: a toggle
 * that is on (`pressed`) or whose popup is open (`expanded`) is filled with the brand colour; with
 * `offAlert`, a toggle that is off is filled with the danger colour instead (a muted microphone).
 *
 * @csspart button - The `<button>`.
 * @csspart icon - The icon.
 * @csspart label - The label text.
 * @csspart spinner - Shown instead of the icon while `isLoading`.
 * @csspart warning-indicator - The dot shown with `showWarning`.
 * @csspart tooltip - The `description`, shown on hover and focus.
 *
 * @cssprop --rtk-controlbar-button-background - Background of the button.
 * @cssprop --rtk-controlbar-button-color - Text and icon colour.
 */
export class RtkControlbarButton extends RtkElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  /** The text of the button; also its accessible name. */
  @property() label = '';

  /** Name of the icon in the icon pack (e.g. `mic_on`). */
  @property() icon?: IconName | (string & {});

  /**
   * The icon's path data, used unless the icon pack has `icon`. The kit's own controls pass the
   * paths they import, so a page does not load every default icon; without it, the default pack
   * loads on first use. Our addition.
   */
  @property({ attribute: false }) iconPath?: string;

  /** Ignores clicks and announces itself as unavailable. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Shows a spinner instead of the icon and ignores clicks (e.g. while a call is in flight). */
  @property({ type: Boolean, reflect: true, attribute: 'is-loading' }) isLoading = false;

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** Draws the icon in the brand colour (e.g. while something is active). */
  @property({ type: Boolean, reflect: true, attribute: 'brand-icon' }) brandIcon = false;

  /** Shows a warning dot on the icon (e.g. media permission denied). */
  @property({ type: Boolean, attribute: 'show-warning' }) showWarning = false;

  /** Toggle state, as `aria-pressed`; leave unset for a plain button. Our addition. */
  @property({ attribute: false }) pressed?: boolean;

  /** Whether the popup this button opens is open, as `aria-expanded`; leave unset otherwise. Our addition. */
  @property({ attribute: false }) expanded?: boolean;

  /** The kind of popup this button opens, as `aria-haspopup` (e.g. `menu`). Our addition. */
  @property({ attribute: false }) haspopup?: 'menu' | 'dialog';

  /** Extra text read after the name and shown as a tooltip (e.g. why it is disabled). Our addition. */
  @property() description?: string;

  /**
   * Draws the off state (`pressed` false) as an alert, filled with the danger colour, and the on
   * state as a plain button: for devices whose being off matters, like the microphone. Our addition.
   */
  @property({ type: Boolean, reflect: true, attribute: 'off-alert' }) offAlert = false;

  /** Whether it sits in the menu of `rtk-more-toggle` (then it is a menu item). */
  @consume({ context: controlbarMenuContext, subscribe: true })
  @state()
  private inMenu = false;

  constructor() {
    super();
    // Capture on the host runs before listeners that users and wrappers add to the same element.
    this.addEventListener('click', this.handleClick, { capture: true });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A row of the menu: styled from the host, since the toggle around it is a block there.
    this.toggleAttribute('in-menu', this.inMenu);
  }

  private handleClick = (event: MouseEvent): void => {
    if (this.disabled || this.isLoading) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  override render() {
    const unavailable = this.disabled || this.isLoading;
    const toggle = this.pressed !== undefined;
    const menuRole = this.inMenu ? (toggle ? 'menuitemcheckbox' : 'menuitem') : undefined;
    const path = this.icon
      ? (this.icons[this.icon] ?? this.iconPath ?? defaultPack?.[this.icon])
      : undefined;
    if (this.icon && !path && !defaultPack) void loadDefaultPack().then(() => this.requestUpdate());
    return html`<button
        part="button"
        type="button"
        role=${menuRole ?? nothing}
        tabindex=${menuRole ? '-1' : nothing}
        aria-disabled=${unavailable ? 'true' : nothing}
        aria-busy=${this.isLoading ? 'true' : nothing}
        aria-pressed=${toggle && !menuRole ? String(this.pressed) : nothing}
        aria-checked=${toggle && menuRole ? String(this.pressed) : nothing}
        aria-haspopup=${this.haspopup ?? nothing}
        aria-expanded=${this.expanded === undefined ? nothing : String(this.expanded)}
        aria-describedby=${this.description ? 'description' : nothing}
      >
        <span class="graphic">
          ${
            this.isLoading
              ? html`<span part="spinner" aria-hidden="true"></span>`
              : path
                ? renderIcon(this.icon as IconName, this.icons, path)
                : nothing
          }
          ${this.showWarning ? html`<span part="warning-indicator" aria-hidden="true"></span>` : nothing}
        </span>
        <span part="label" class=${this.size === 'sm' && !this.inMenu ? 'visually-hidden' : ''}>${this.label}</span>
      </button>
      ${
        this.description
          ? // A tooltip, named by its own text. In a menu only menu items may be its children:
            // there it is a plain description.
            html`<span id="description" part="tooltip" role=${menuRole ? nothing : 'tooltip'}>${this.description}</span>`
          : nothing
      }`;
  }
}
