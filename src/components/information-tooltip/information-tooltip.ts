import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import type { RtkOpenChangeEvent } from '../../events/rtk-open-change.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import '../tooltip/rtk-tooltip.js';
import type { TooltipPlacement } from '../../internal/shared-types.js';
import styles from './information-tooltip.styles.js';
import { informationTooltipStrings } from '../../i18n/en/information-tooltip.js';

/**
 * A small (i) button that shows a tooltip with extra information on hover, on focus and on click
 * (tap), and hides it with Escape or when focus leaves. The text is also the button's accessible
 * description, so screen readers read it with the button.
 *
 * @slot tooltip - The information (overrides `label`). Short text; no interactive content.
 * @slot - Same as `tooltip`.
 * @slot tootlip-text - Same as `tooltip`: the official kit's name (spelt so there).
 *
 * @fires rtkOpenChange - The information opened or closed (from the inner `rtk-tooltip`).
 *
 * @csspart button - The (i) `<button>`.
 * @csspart icon - The (i) icon.
 * @csspart tooltip - The tooltip bubble (`rtk-tooltip`'s `tooltip` part).
 *
 * @cssprop --rtk-information-tooltip-color - Colour of the (i).
 */
export class RtkInformationTooltip extends RtkElement {
  static override strings = informationTooltipStrings;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, focusRing, styles];

  /** The information, when not given through the slot. Our addition. */
  @property() label = '';

  /** Where the tooltip goes. Our addition. */
  @property() placement: TooltipPlacement = 'top';

  @state() private open = false;

  private handleOpenChange = (event: RtkOpenChangeEvent): void => {
    this.open = event.detail;
  };

  private handleClick = (): void => {
    this.open = true;
  };

  override render() {
    return html`<rtk-tooltip
      exportparts="tooltip"
      .label=${this.label}
      .placement=${this.placement}
      .open=${this.open}
      @rtkOpenChange=${this.handleOpenChange}
    >
      <button part="button" type="button" aria-label=${this.localize('information_tooltip.label')} @click=${this.handleClick}>
        ${renderIcon('info', this.icons, paths.info)}
      </button>
      <span slot="tooltip"><slot name="tootlip-text"><slot name="tooltip"><slot>${this.label}</slot></slot></slot></span>
    </rtk-tooltip>`;
  }
}
