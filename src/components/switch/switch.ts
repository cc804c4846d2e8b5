import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { RtkChangeEvent } from '../../events/rtk-change.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './switch.styles.js';

/**
 * An on/off switch: a `<button role="switch">` with `aria-checked`. Click, Space or Enter toggles
 * it and fires `rtkChange` with the new state.
 *
 * Name it with the default slot or `label` (shown beside the switch, and part of the button, so
 * clicking the text toggles too), or with `aria-label` on the element when the text lives
 * elsewhere. `readonly` keeps it focusable and announced but not changeable.
 *
 * @slot - The label; overrides `label`.
 *
 * @fires rtkChange - The user toggled the switch; `detail` is the new `checked` (boolean).
 *
 * @csspart base - The `<button role="switch">`.
 * @csspart switch - The track.
 * @csspart thumb - The moving knob.
 * @csspart label - The label text.
 *
 * @cssprop --rtk-switch-track-color - Track colour when off.
 * @cssprop --rtk-switch-track-color-checked - Track colour when on (default: brand).
 * @cssprop --rtk-switch-thumb-color - Knob colour.
 */
export class RtkSwitch extends RtkElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, focusRing, styles];

  /** On (`true`) or off. */
  @property({ type: Boolean, reflect: true }) checked = false;

  /** Not focusable and cannot change. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Focusable and announced, but cannot change. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Visible label (the default slot overrides it). Our addition. */
  @property() label?: string;

  /** The element's own `aria-label`, forwarded to the switch. */
  @property({ attribute: 'aria-label' }) hostLabel: string | null = null;

  /** Flips `checked` as if the user did, firing `rtkChange`; does nothing when disabled or read-only. */
  toggle(): void {
    if (this.disabled || this.readonly) return;
    this.checked = !this.checked;
    this.dispatchEvent(new RtkChangeEvent(this.checked));
  }

  private handleClick = (): void => this.toggle();

  override render() {
    return html`<button
      part="base"
      type="button"
      role="switch"
      aria-checked=${this.checked ? 'true' : 'false'}
      aria-readonly=${this.readonly ? 'true' : nothing}
      aria-label=${this.hostLabel || nothing}
      ?disabled=${this.disabled}
      @click=${this.handleClick}
    >
      <span part="switch" aria-hidden="true"><span part="thumb"></span></span>
      <span part="label"><slot>${this.label ?? nothing}</slot></span>
    </button>`;
  }
}
