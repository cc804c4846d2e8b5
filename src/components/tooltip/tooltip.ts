import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { RtkOpenChangeEvent } from '../../events/rtk-open-change.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './tooltip.styles.js';

import type { TooltipPlacement } from '../../internal/shared-types.js';

export type { TooltipPlacement };

let counter = 0;

/** The text of a node as rendered: slots are replaced by what is assigned to them (or their fallback). */
function flatText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node instanceof HTMLSlotElement)
    return node.assignedNodes({ flatten: true }).map(flatText).join('');
  if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return '';
  return [...node.childNodes].map(flatText).join('');
}

/** Time the pointer has to cross the gap between trigger and tooltip. */
const HIDE_GRACE_MS = 120;

/**
 * A short text shown next to its trigger on hover and on keyboard focus (after `delay`), dismissed
 * with Escape, by moving the pointer away, or by moving focus away. The pointer can move onto the
 * tooltip without closing it (WCAG 1.4.13).
 *
 * The trigger is the first element in the default slot. The tooltip has `role="tooltip"` and is
 * shown in the top layer (popover), positioned with `@floating-ui/dom`, which is loaded only
 * when a tooltip first opens.
 *
 * Accessible description: IDs cannot point into a shadow root, so the element keeps a hidden
 * copy of the tooltip text as its own light-DOM child and adds its id to the trigger's
 * `aria-describedby`. A trigger that is itself a component must forward that attribute to its
 * focusable inner element (`rtk-button` does).
 *
 * @slot - The trigger: one focusable element (e.g. an `rtk-button`).
 * @slot tooltip - Rich content for the tooltip; overrides `label`. Keep it short, plain text.
 *
 * @fires rtkOpenChange - The tooltip opened or closed; `detail` is `true` when it opened.
 *
 * @csspart trigger - The box around the trigger.
 * @csspart tooltip - The tooltip bubble.
 * @csspart arrow - The arrow pointing at the trigger.
 *
 * @cssprop --rtk-tooltip-background - Background of the bubble.
 * @cssprop --rtk-tooltip-color - Text colour.
 * @cssprop --rtk-tooltip-max-width - Widest the bubble grows (default: 18rem).
 *
 * `size` `sm`/`md` gives compact text, `lg`/`xl` larger text.
 */
export class RtkTooltip extends RtkElement {
  static override styles = [tokens, hostStyles, styles];

  /** The tooltip text. */
  @property() label = '';

  /** Where it goes, relative to the trigger; it flips and shifts to stay in view. */
  @property({ reflect: true }) placement: TooltipPlacement = 'top';

  /** Shown. Set it to show or hide the tooltip from code; user interaction updates it. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Never shown (the description stays on the trigger). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Milliseconds between hover (or focus) and showing. */
  @property({ type: Number }) delay = 0;

  /** `inline`: the element is inline-block; `block`: it is a block, for full-width triggers. */
  @property({ reflect: true }) kind: 'inline' | 'block' = 'inline';

  /** `primary` or `secondary` (another background). */
  @property({ reflect: true }) variant: 'primary' | 'secondary' = 'primary';

  @query('[part="tooltip"]') private bubble!: HTMLElement;
  @query('[part="arrow"]') private arrowEl!: HTMLElement;
  @query('slot:not([name])') private triggerSlot!: HTMLSlotElement;
  @query('slot[name="tooltip"]') private contentSlot!: HTMLSlotElement;

  private readonly descriptionId = `rtk-tooltip-${++counter}`;
  private description?: HTMLElement;
  private describedTrigger?: Element;
  private showTimer?: ReturnType<typeof setTimeout>;
  private hideTimer?: ReturnType<typeof setTimeout>;
  private stopAutoUpdate?: () => void;

  constructor() {
    super();
    this.addEventListener('focusin', this.handleFocusIn);
    this.addEventListener('focusout', this.handleFocusOut);
    this.addEventListener('pointerleave', this.handlePointerLeave);
  }

  /** The element the tooltip points at and describes. */
  get trigger(): HTMLElement | undefined {
    return this.triggerSlot?.assignedElements({ flatten: true })[0] as HTMLElement | undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clearTimers();
    this.stopPositioning();
    window.removeEventListener('keydown', this.handleKeydown, true);
    this.undescribe();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.describe();
  }

  /** Shows the tooltip (unless disabled), as hover or focus would. */
  show(): void {
    this.setOpen(true);
  }

  /** Hides the tooltip. */
  hide(): void {
    this.setOpen(false);
  }

  private setOpen(open: boolean): void {
    this.clearTimers();
    if (open && this.disabled) return;
    if (this.open === open) return;
    this.open = open;
    this.dispatchEvent(new RtkOpenChangeEvent(open));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('label')) this.describe();
    if (changed.has('disabled') && this.disabled && this.open) this.setOpen(false);
    if (changed.has('open') || changed.has('disabled')) void this.syncOpen();
  }

  private async syncOpen(): Promise<void> {
    const bubble = this.bubble;
    const shown = this.open && !this.disabled;
    const supportsPopover = typeof bubble.showPopover === 'function';
    if (shown) {
      if (supportsPopover && !bubble.matches(':popover-open')) bubble.showPopover();
      else if (!supportsPopover) bubble.classList.add('fallback-open');
      window.addEventListener('keydown', this.handleKeydown, true);
      await this.startPositioning();
    } else {
      window.removeEventListener('keydown', this.handleKeydown, true);
      this.stopPositioning();
      if (supportsPopover && bubble.matches(':popover-open')) bubble.hidePopover();
      bubble.classList.remove('fallback-open');
    }
  }

  private async startPositioning(): Promise<void> {
    if (this.stopAutoUpdate) return;
    const { autoUpdate, computePosition, offset, flip, shift, arrow } =
      await import('@floating-ui/dom');
    // Closed (or removed) while the module was loading.
    if (!this.open || !this.isConnected || this.stopAutoUpdate) return;
    const reference = this.trigger ?? this;
    const bubble = this.bubble;
    const arrowEl = this.arrowEl;
    const place = async () => {
      const { x, y, placement, middlewareData } = await computePosition(reference, bubble, {
        placement: this.placement,
        strategy: 'fixed',
        middleware: [
          offset(8),
          flip(),
          shift({ padding: 8 }),
          arrow({ element: arrowEl, padding: 6 }),
        ],
      });
      Object.assign(bubble.style, { left: `${x}px`, top: `${y}px` });
      bubble.dataset.placement = placement;
      const side = placement.split('-')[0] as 'top' | 'bottom' | 'left' | 'right';
      const opposite = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' }[side];
      const a = middlewareData.arrow;
      Object.assign(arrowEl.style, {
        left: a?.x != null ? `${a.x}px` : '',
        top: a?.y != null ? `${a.y}px` : '',
        right: '',
        bottom: '',
        [opposite]: '-5px',
      });
    };
    this.stopAutoUpdate = autoUpdate(reference, bubble, () => void place());
  }

  private stopPositioning(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
  }

  private clearTimers(): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.showTimer = this.hideTimer = undefined;
  }

  private scheduleShow(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
    if (this.open || this.disabled || this.showTimer) return;
    if (this.delay > 0) this.showTimer = setTimeout(() => this.setOpen(true), this.delay);
    else this.setOpen(true);
  }

  private scheduleHide(): void {
    clearTimeout(this.showTimer);
    this.showTimer = undefined;
    if (!this.open || this.hideTimer) return;
    this.hideTimer = setTimeout(() => this.setOpen(false), HIDE_GRACE_MS);
  }

  private handlePointerEnter = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') this.scheduleShow();
  };

  private handleBubblePointerEnter = (): void => {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  };

  private handlePointerLeave = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    // Focus inside keeps it open: a keyboard user is still on the trigger.
    if (this.matches(':focus-within')) return;
    this.scheduleHide();
  };

  private handleFocusIn = (): void => this.scheduleShow();

  private handleFocusOut = (event: FocusEvent): void => {
    if (event.relatedTarget instanceof Node && this.contains(event.relatedTarget)) return;
    this.setOpen(false);
  };

  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    // Escape closes the innermost popup first: the tooltip, not the dialog around it.
    event.preventDefault();
    event.stopPropagation();
    this.setOpen(false);
  };

  private handleSlotChange = (): void => this.describe();

  /** The tooltip's text, for the hidden description. */
  private descriptionText(): string {
    const nodes = this.contentSlot?.assignedNodes({ flatten: true }) ?? [];
    const rich = nodes.map(flatText).join(' ').replace(/\s+/g, ' ').trim();
    return rich || this.label;
  }

  /** Keeps the hidden description and the trigger's `aria-describedby` up to date. */
  private describe(): void {
    if (!this.hasUpdated) return;
    const text = this.descriptionText();
    const trigger = this.trigger;
    if (this.describedTrigger && this.describedTrigger !== trigger) this.undescribe();
    if (!text || !trigger) {
      this.undescribe();
      return;
    }
    if (!this.description) {
      const el = document.createElement('span');
      el.id = this.descriptionId;
      // Hidden, but slotted: an unassigned child has no accessibility node, so its text would be
      // lost; a hidden element in the flat tree still gives its text as a description.
      el.slot = 'rtk-tooltip-description';
      el.hidden = true;
      this.description = el;
    }
    if (this.description.textContent !== text) this.description.textContent = text;
    if (this.description.parentNode !== this) this.append(this.description);
    const ids = (trigger.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    if (!ids.includes(this.descriptionId)) {
      trigger.setAttribute('aria-describedby', [...ids, this.descriptionId].join(' '));
    }
    this.describedTrigger = trigger;
  }

  private undescribe(): void {
    const trigger = this.describedTrigger;
    if (trigger) {
      const ids = (trigger.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter((id) => id && id !== this.descriptionId);
      if (ids.length) trigger.setAttribute('aria-describedby', ids.join(' '));
      else trigger.removeAttribute('aria-describedby');
    }
    this.describedTrigger = undefined;
    this.description?.remove();
  }

  override render() {
    return html`<div part="trigger" @pointerenter=${this.handlePointerEnter}>
        <slot @slotchange=${this.handleSlotChange}></slot>
      </div>
      <slot name="rtk-tooltip-description"></slot>
      ${this.renderBubble()}`;
  }

  private renderBubble() {
    // A tooltip is named by its own text; the rule expects an aria-label it does not need.
    // eslint-disable-next-line lit-a11y/accessible-name
    return html`<div part="tooltip" role="tooltip" popover="manual" @pointerenter=${this.handleBubblePointerEnter}>
      <slot name="tooltip" @slotchange=${this.handleSlotChange}>${this.label || nothing}</slot>
      <div part="arrow"></div>
    </div>`;
  }
}
