import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { presetOf } from '../../context/config.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { headerStrings } from '../../i18n/en/header.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './logo.styles.js';

/**
 * An image URL is used only when it is `https:`, `http:` or `blob:`, or a `data:image/…` URL
 * (relative URLs resolve against the page). Anything else (`javascript:`, `file:`, …) is dropped.
 */
export function safeImageUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  const value = url.trim();
  if (/^data:/i.test(value)) return /^data:image\/[\w.+-]+[;,]/i.test(value) ? value : undefined;
  try {
    const { protocol } = new URL(value, document.baseURI);
    return ['https:', 'http:', 'blob:'].includes(protocol) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The organisation's logo. The image comes from `logoUrl`, else the `logo` option of `config`,
 * else the preset (`self.config.header.elements.logo`, then `self.config.designTokens.logo`). Only
 * safe URL schemes are loaded (see `safeImageUrl`); without one, or when the image fails to load,
 * nothing is shown. The image's text alternative is "Logo" (translated).
 *
 * @csspart image - The `<img>`.
 *
 * @cssprop --rtk-logo-height - Height of the image (default `2rem`).
 */
export class RtkLogo extends RtkElement {
  static override strings = headerStrings;

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [[m.self, 'roomJoined']]);

  /** URL of the logo image. Overrides the config and the preset. */
  @property({ attribute: 'logo-url' }) logoUrl?: string;

  private failed?: string;

  private handleError = (event: Event): void => {
    this.failed = (event.target as HTMLImageElement).getAttribute('src') ?? undefined;
    this.requestUpdate();
  };

  /** The URL in use, or `undefined`. */
  private source(): string | undefined {
    const preset = presetOf(this.activeMeeting, this.activeConfig) as
      { header?: { elements?: { logo?: unknown } }; designTokens?: { logo?: unknown } } | undefined;
    const candidates = [
      this.logoUrl,
      this.activeConfig.logo,
      preset?.header?.elements?.logo,
      preset?.designTokens?.logo,
    ];
    const found = candidates.find((c) => typeof c === 'string' && c.trim() !== '');
    return safeImageUrl(found);
  }

  override render() {
    const src = this.source();
    if (!src || src === this.failed) return nothing;
    return html`<img part="image" src=${src} alt=${this.localize('header.logo_alt')} @error=${this.handleError} />`;
  }
}
