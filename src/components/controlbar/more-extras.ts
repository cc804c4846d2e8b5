import { html } from 'lit';
import type { RtkControlbarButton } from '../controlbar-button/controlbar-button.js';

/** A page's own control of the bar (slot `controlbar-extra`), as far as "More" reads it. */
export type Extra = HTMLElement &
  Partial<Pick<RtkControlbarButton, 'label' | 'icon' | 'iconPath' | 'pressed'>>;

/**
 * The page's own controls as items of "More" (size `sm`, where the bar has no room for them):
 * each a button with the control's name (`label`, `aria-label` or text), icon and on/off state,
 * which "More" makes a menu item, and which clicks the control. Loaded the first time a bar at
 * that size has some.
 */
export function moreExtras(extras: readonly Extra[]) {
  return extras.map(
    (el) =>
      html`<rtk-controlbar-button
        variant="horizontal"
        .label=${el.label || el.getAttribute('aria-label') || el.textContent}
        .icon=${el.icon}
        .iconPath=${el.iconPath}
        .pressed=${el.pressed}
        @click=${() => el.click()}
      ></rtk-controlbar-button>`,
  );
}
