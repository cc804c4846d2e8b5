import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { RtkElement } from '../../context/rtk-element.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './controlbar.styles.js';
import { controlbarStrings } from '../../i18n/en/controlbar.js';

const KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * The meeting's control bar: a labelled toolbar of buttons.
 *
 * With no children it shows the microphone and camera toggles and the leave button. The arrow
 * keys (and Home/End) move focus between its items; Tab still reaches each of them.
 *
 * @slot - The controls to show instead of the default ones.
 *
 * @csspart container - The toolbar.
 *
 * @cssprop --rtk-controlbar-background - Background of the bar.
 */
export class RtkControlbar extends RtkElement {
  static override strings = controlbarStrings;

  static override styles = [tokens, hostStyles, styles];

  @state() private hasSlotted = false;

  @query('slot') private slotElement?: HTMLSlotElement;

  @query('.defaults') private defaultsElement?: HTMLElement;

  private handleSlotChange = (): void => {
    this.hasSlotted = (this.slotElement?.assignedElements({ flatten: true }).length ?? 0) > 0;
  };

  private items(): HTMLElement[] {
    const elements = this.hasSlotted
      ? (this.slotElement?.assignedElements({ flatten: true }) ?? [])
      : [...(this.defaultsElement?.children ?? [])];
    return elements.filter((el): el is HTMLElement => el instanceof HTMLElement && !el.hidden);
  }

  private handleKeyDown = (event: KeyboardEvent): void => {
    if (!KEYS.has(event.key)) return;
    const items = this.items();
    const path = event.composedPath();
    const current = items.findIndex((item) => path.includes(item));
    if (current < 0 || items.length === 0) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = event.key === 'ArrowDown' || event.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
    const backward = event.key === 'ArrowUp' || event.key === (rtl ? 'ArrowRight' : 'ArrowLeft');
    let next = current;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (forward) next = (current + 1) % items.length;
    else if (backward) next = (current - 1 + items.length) % items.length;
    event.preventDefault();
    items[next]?.focus();
  };

  override render() {
    return html`<div
      part="container"
      role="toolbar"
      aria-label=${this.localize('controlbar.label')}
      @keydown=${this.handleKeyDown}
    >
      <slot @slotchange=${this.handleSlotChange}></slot>
      ${this.hasSlotted
        ? nothing
        : html`<div class="defaults">
            <rtk-mic-toggle
              .meeting=${this.meeting}
              .t=${this.t}
              .iconPack=${this.iconPack}
              .size=${this.size}
            ></rtk-mic-toggle>
            <rtk-camera-toggle
              .meeting=${this.meeting}
              .t=${this.t}
              .iconPack=${this.iconPack}
              .size=${this.size}
            ></rtk-camera-toggle>
            <rtk-leave-button
              .meeting=${this.meeting}
              .t=${this.t}
              .iconPack=${this.iconPack}
              .size=${this.size}
            ></rtk-leave-button>
          </div>`}
    </div>`;
  }
}
