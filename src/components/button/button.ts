import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import '../spinner/rtk-spinner.js';
import styles from './button.styles.js';

/**
 * A button: variants, sizes, an icon-only kind and a loading state.
 *
 * The inner `<button>` gets focus (`delegatesFocus`). The element is form-associated: with
 * `type="submit"` or `type="reset"` it submits (`form.requestSubmit()`) or resets the form it is
 * in, one task after the click, unless a `click` listener called `preventDefault()`. Pressing Enter in a text field submits
 * a form only through a native submit button, so keep one (it may be visually hidden) when you
 * need implicit submission.
 *
 * `kind="icon"` needs an accessible name: set `label` (or `aria-label` on the element; it is
 * forwarded to the inner button, as is `aria-describedby`). A warning is logged when it is missing.
 *
 * While `loading` it shows a spinner, sets `aria-busy`, keeps focus and ignores clicks: `click`
 * listeners on the element do not run. While `disabled` (or inside a disabled `<fieldset>`) it is
 * not focusable and ignores clicks.
 *
 * @slot - The text of the button (or an `rtk-icon` for `kind="icon"`).
 * @slot start - Before the text, e.g. an `rtk-icon`.
 * @slot end - After the text.
 *
 * @csspart button - The `<button>`.
 * @csspart content - The box around the default slot.
 * @csspart spinner - The `rtk-spinner` shown while `loading`.
 *
 * @cssprop --rtk-button-background - Background (default: by `variant`).
 * @cssprop --rtk-button-background-hover - Background on hover.
 * @cssprop --rtk-button-color - Text and icon colour.
 * @cssprop --rtk-button-radius - Corner radius.
 */
export class RtkButton extends RtkElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, focusRing, styles];

  /** Takes part in forms (`type="submit"` / `"reset"`). */
  static formAssociated = true;

  /** Look: `primary`, `secondary`, `danger`, `ghost`, or `outline` (our addition). */
  @property({ reflect: true }) variant: 'primary' | 'secondary' | 'danger' | 'ghost' | 'outline' =
    'primary';

  /** `button`: text (and icons); `icon`: a square icon-only button; `wide`: fills its container. */
  @property({ reflect: true }) kind: 'button' | 'icon' | 'wide' = 'button';

  /** Puts the `end` slot first and the `start` slot last. */
  @property({ type: Boolean, reflect: true }) reverse = false;

  /** Not focusable and ignores clicks. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** `button`, or `submit` / `reset` for the form the element is in. */
  @property({ reflect: true }) type: 'button' | 'submit' | 'reset' = 'button';

  /** Busy: a spinner, `aria-busy`, clicks ignored; stays focusable. Our addition. */
  @property({ type: Boolean, reflect: true }) loading = false;

  /** Accessible name; required with `kind="icon"`. Overrides the text. Our addition. */
  @property() label?: string;

  /** The element's own `aria-label`, forwarded to the inner button. */
  @property({ attribute: 'aria-label' }) hostLabel: string | null = null;

  /** The element's own `aria-describedby`, forwarded to the inner button (element references). */
  @property({ attribute: 'aria-describedby' }) hostDescribedBy: string | null = null;

  /** A disabled ancestor `<fieldset>`. */
  @state() private formDisabled = false;

  @query('button') private button!: HTMLButtonElement;

  private readonly internals: ElementInternals;
  private warnedNoLabel = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // Capture on the host runs before listeners that users and wrappers add to the same element.
    this.addEventListener('click', this.handleClickCapture, { capture: true });
    this.addEventListener('click', this.handleClick);
  }

  /** The form this button belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('hostDescribedBy')) this.forwardDescription();
    if (this.kind === 'icon' && !this.accessibleName() && !this.warnedNoLabel) {
      this.warnedNoLabel = true;
      console.warn(
        '<rtk-button kind="icon"> needs an accessible name: set `label` or `aria-label`.',
      );
    }
  }

  private accessibleName(): string | undefined {
    return this.label || this.hostLabel || undefined;
  }

  /** IDs in the element's tree cannot be seen from its shadow root: pass the elements instead. */
  private forwardDescription(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const ids = this.hostDescribedBy?.split(/\s+/).filter(Boolean) ?? [];
    const elements = ids
      .map((id) => root.getElementById?.(id))
      .filter((el): el is HTMLElement => !!el);
    if ('ariaDescribedByElements' in this.button) {
      (
        this.button as unknown as { ariaDescribedByElements: Element[] | null }
      ).ariaDescribedByElements = elements.length ? elements : null;
    }
  }

  private get inactive(): boolean {
    return this.disabled || this.formDisabled || this.loading;
  }

  private handleClickCapture = (event: MouseEvent): void => {
    if (this.inactive) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  private handleClick = async (event: MouseEvent): Promise<void> => {
    const form = this.internals.form;
    if (!form || this.type === 'button') return;
    // Wait a task so every click listener (ours run first) had its chance to preventDefault,
    // as Material Web's form submitter does.
    await new Promise((resolve) => setTimeout(resolve));
    if (event.defaultPrevented) return;
    if (this.type === 'submit') form.requestSubmit();
    else if (this.type === 'reset') form.reset();
  };

  override render() {
    const disabled = this.disabled || this.formDisabled;
    return html`<button
      part="button"
      type="button"
      ?disabled=${disabled}
      aria-disabled=${this.loading && !disabled ? 'true' : nothing}
      aria-busy=${this.loading ? 'true' : nothing}
      aria-label=${this.accessibleName() ?? nothing}
    >
      <span class="inner ${this.loading ? 'loading' : ''}">
        <slot name="start"></slot>
        <span part="content"><slot></slot></span>
        <slot name="end"></slot>
      </span>
      ${this.loading ? html`<rtk-spinner part="spinner"></rtk-spinner>` : nothing}
    </button>`;
  }
}
