import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './fullscreen-toggle.styles.js';
import * as paths from '../../icons/paths.js';

/** The closest ancestor matching `selector`, crossing shadow-root boundaries. */
function closestAcrossShadow(from: Element, selector: string): Element | undefined {
  let node: Element | null = from;
  while (node) {
    const found: Element | null = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * Puts the meeting in full screen and back (the Fullscreen API).
 *
 * The element made full screen is `targetElement` when set, else the closest `rtk-meeting`
 * around this toggle (shadow roots crossed), else the page. Follows `fullscreenchange`, so
 * Escape or the browser's own controls are reflected. Hidden (the element sets its `hidden`
 * attribute) where the page may not go full screen (`document.fullscreenEnabled` is false).
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkStateUpdate - `{ activeFullscreen }` after entering or leaving full screen. Our addition.
 */
export class RtkFullscreenToggle extends RtkElement {
  static override strings = controlsStrings;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  /** The element to show full screen. Default: the closest `rtk-meeting`, else the page. */
  @property({ attribute: false }) targetElement?: HTMLElement;

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  @state() private fullscreen = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this.handleChange);
    this.fullscreen = this.isTargetFullscreen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.handleChange);
  }

  private target(): Element {
    return (
      this.targetElement ?? closestAcrossShadow(this, 'rtk-meeting') ?? document.documentElement
    );
  }

  private isTargetFullscreen(): boolean {
    const current = document.fullscreenElement;
    return Boolean(current) && current === this.target();
  }

  /** Enters or leaves full screen, as a click would. */
  async toggle(): Promise<void> {
    try {
      if (this.isTargetFullscreen()) await document.exitFullscreen();
      else await this.target().requestFullscreen();
    } catch {
      // The browser refused (no user gesture, iframe without allowfullscreen): nothing changed.
    }
  }

  private handleChange = (): void => {
    const next = this.isTargetFullscreen();
    if (next === this.fullscreen) return;
    this.fullscreen = next;
    this.updateStates({ activeFullscreen: next });
  };

  private handleClick = (): void => void this.toggle();

  protected override updated(): void {
    this.hidden = !document.fullscreenEnabled;
  }

  override render() {
    if (!document.fullscreenEnabled) return nothing;
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${this.localize(this.fullscreen ? 'controls.fullscreen_exit' : 'controls.fullscreen_enter')}
      .icon=${this.fullscreen ? 'fullscreen_exit' : 'fullscreen_enter'}
      .iconPath=${this.fullscreen ? paths.fullscreen_exit : paths.fullscreen_enter}
      .pressed=${this.fullscreen}
      .variant=${this.variant}
      .size=${this.size}
      @click=${this.handleClick}
    ></rtk-controlbar-button>`;
  }
}
