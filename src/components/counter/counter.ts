import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ValueChangeEvent } from '../../events/value-change.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './counter.styles.js';
import { counterStrings } from '../../i18n/en/counter.js';

/**
 * A whole number with − and + buttons: a number field (role `spinbutton`) between two buttons.
 *
 * Arrow Up / Arrow Down step by one, Page Up / Page Down by ten, Home / End go to `minValue` /
 * `maxValue` (when set); typing a number and leaving the field (or pressing Enter) commits it,
 * clamped to the range. Every change made by the user fires `valueChange`. At a limit the button
 * that would cross it stays focusable (`aria-disabled`) so focus is not lost.
 *
 * @fires valueChange - The user changed the value; `detail` is the new number.
 *
 * @csspart container - The box around the buttons and the field.
 * @csspart decrement - The − button.
 * @csspart increment - The + button.
 * @csspart input - The number field.
 */
export class RtkCounter extends RtkElement {
  static override strings = counterStrings;

  static override styles = [tokens, hostStyles, focusRing, styles];

  /** The number. */
  @property({ type: Number }) value = 1;

  /** The smallest allowed value. */
  @property({ type: Number, attribute: 'min-value' }) minValue = 0;

  /** The largest allowed value, or unset for no limit. Our addition. */
  @property({ type: Number, attribute: 'max-value' }) maxValue?: number;

  /** Accessible name of the field (default: "Value"). Our addition. */
  @property() label?: string;

  /** Not editable, not focusable. Our addition. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @query('input') private input!: HTMLInputElement;

  private clamp(n: number): number {
    let v = Math.round(n);
    if (Number.isFinite(this.minValue)) v = Math.max(this.minValue, v);
    if (this.maxValue !== undefined && Number.isFinite(this.maxValue))
      v = Math.min(this.maxValue, v);
    return v;
  }

  private commit(next: number): void {
    const value = this.clamp(next);
    // The field may show a typed value that was clamped away: always show the real one.
    if (this.input) this.input.value = String(value);
    if (value === this.value) return;
    this.value = value;
    this.dispatchEvent(new ValueChangeEvent(value));
  }

  private handleKeydown = (event: KeyboardEvent): void => {
    const steps: Record<string, number> = { ArrowUp: 1, ArrowDown: -1, PageUp: 10, PageDown: -10 };
    if (event.key in steps) {
      event.preventDefault();
      this.commit(this.value + steps[event.key]);
    } else if (event.key === 'Home') {
      event.preventDefault();
      this.commit(this.minValue);
    } else if (event.key === 'End' && this.maxValue !== undefined) {
      event.preventDefault();
      this.commit(this.maxValue);
    } else if (event.key === 'Enter') {
      this.handleChange();
    }
  };

  private handleChange = (): void => {
    const typed = this.input.valueAsNumber;
    this.commit(Number.isNaN(typed) ? this.value : typed);
  };

  private decrement = (): void => this.commit(this.value - 1);
  private increment = (): void => this.commit(this.value + 1);

  override render() {
    const t = this.localize;
    const value = this.clamp(this.value);
    const atMin = value <= this.minValue;
    const atMax = this.maxValue !== undefined && value >= this.maxValue;
    return html`<div part="container">
      <button
        part="decrement"
        type="button"
        aria-label=${t('counter.decrease')}
        aria-disabled=${atMin && !this.disabled ? 'true' : nothing}
        ?disabled=${this.disabled}
        @click=${this.decrement}
      >
        ${renderIcon('minus', this.icons, paths.minus)}
      </button>
      <input
        part="input"
        type="number"
        inputmode="numeric"
        step="1"
        min=${this.minValue}
        max=${this.maxValue ?? nothing}
        .value=${String(value)}
        aria-label=${this.label || t('counter.label')}
        ?disabled=${this.disabled}
        @keydown=${this.handleKeydown}
        @change=${this.handleChange}
      />
      <button
        part="increment"
        type="button"
        aria-label=${t('counter.increase')}
        aria-disabled=${atMax && !this.disabled ? 'true' : nothing}
        ?disabled=${this.disabled}
        @click=${this.increment}
      >
        ${renderIcon('plus', this.icons, paths.plus)}
      </button>
    </div>`;
  }
}
