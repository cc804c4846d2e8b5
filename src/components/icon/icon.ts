import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { directionalIcons, type IconName } from '../../icons/icon-pack.js';
import { iconPath } from '../../icons/icon-pack.js';
import { renderIcon } from '../../icons/render-icon.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './icon.styles.js';

const warned = new Set<string>();

/** Warns once per unknown value, so a list of 100 bad icons logs one line each, once. */
function warnUnknown(value: string): void {
  if (warned.has(value) || warned.size > 50) return;
  warned.add(value);
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  console.warn(
    `<rtk-icon>: no icon named "${shown}" in the icon pack. ` +
      '`icon` takes an icon name (e.g. "mic_on"); SVG markup is not rendered.',
  );
}

/**
 * An icon of the icon pack, drawn as an inline SVG that follows `currentColor`.
 *
 * `icon` is an icon name of the pack in use (the `iconPack` property, else the provided pack, else
 * the default pack). The official kit passes SVG markup here; this kit never parses markup into
 * DOM, so any value that is not a known name renders nothing and logs one warning.
 *
 * Decorative by default (hidden from assistive technology). With `label` it is an image with that
 * name. Icons that point along the reading direction (chevrons, arrows, send, reply) are mirrored
 * in right-to-left text.
 *
 * @csspart wrapper - The box around the SVG.
 * @csspart icon - The `<svg>`.
 *
 * @cssprop --rtk-icon-color - Colour of the icon (default: `currentColor`, or the variant's colour).
 */
export class RtkIcon extends RtkElement {
  static override styles = [tokens, hostStyles, styles];

  /** Name of the icon in the icon pack, e.g. `mic_on`. */
  @property() icon?: IconName | (string & {});

  /** Colour: `primary` (brand), `danger`, `success`, `warning`, or unset for `currentColor`. */
  @property({ reflect: true }) variant?: 'primary' | 'secondary' | 'danger' | 'success' | 'warning';

  /** Accessible name. Without it the icon is decorative and hidden from assistive technology. Our addition. */
  @property() label?: string;

  override render() {
    const name = this.icon?.trim();
    const path = name ? iconPath(name, this.icons) : undefined;
    if (name && !path) warnUnknown(name);
    if (!name || !path) return nothing;
    const mirror = directionalIcons.has(name);
    return this.label
      ? html`<span part="wrapper" class=${mirror ? 'mirror' : ''} role="img" aria-label=${this.label}
          >${renderIcon(name, this.icons, path)}</span
        >`
      : html`<span part="wrapper" class=${mirror ? 'mirror' : ''} aria-hidden="true"
          >${renderIcon(name, this.icons, path)}</span
        >`;
  }
}
