import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { headerStrings } from '../../i18n/en/header.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './viewer-count.styles.js';

/**
 * How many people watch the livestream (`meeting.livestream.viewerCount`, updated by
 * `viewerCountUpdate`). Shows an eye icon and the number; assistive technology reads
 * "12 viewers" (translated, with plurals). Renders nothing when the meeting has no livestream.
 *
 * @csspart icon - The eye icon.
 * @csspart count - The number.
 */
export class RtkViewerCount extends RtkElement {
  static override strings = headerStrings;

  static override styles = [tokens, hostStyles, visuallyHidden, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.livestream, 'viewerCountUpdate'],
  ]);

  /** `primary`: a pill on its own; `embedded`: plain, inside another bar. */
  @property({ reflect: true }) variant: 'primary' | 'embedded' = 'primary';

  override render() {
    const livestream = this.activeMeeting?.livestream;
    if (!livestream) return nothing;
    const count = Number.isFinite(livestream.viewerCount) ? Math.max(0, livestream.viewerCount) : 0;
    return html`${renderIcon('eye', this.icons, paths.eye)}<span part="count" aria-hidden="true"
        >${this.localize('header.count', { count: this.localize.formatNumber(count) })}</span
      ><span class="visually-hidden">${this.localize('header.viewer_count', { count })}</span>`;
  }
}
