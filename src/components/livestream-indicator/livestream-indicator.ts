import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { headerStrings } from '../../i18n/en/header.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './livestream-indicator.styles.js';

/**
 * A "Live" badge while the meeting is being livestreamed (`meeting.livestream.state` is
 * `LIVESTREAMING`, followed through `livestreamUpdate`). Renders nothing otherwise, and when the
 * meeting has no livestream module. The host has the `live` attribute while the badge shows.
 *
 * @csspart indicator - The badge.
 * @csspart icon - The livestream icon.
 *
 * @cssprop --rtk-livestream-indicator-background - Badge background (default: danger).
 * @cssprop --rtk-livestream-indicator-color - Badge text colour.
 */
export class RtkLivestreamIndicator extends RtkElement {
  static override strings = headerStrings;

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.livestream, 'livestreamUpdate'],
  ]);

  protected override willUpdate(): void {
    this.toggleAttribute('live', this.activeMeeting?.livestream?.state === 'LIVESTREAMING');
  }

  override render() {
    if (this.activeMeeting?.livestream?.state !== 'LIVESTREAMING') return nothing;
    return html`<span part="indicator"
      >${renderIcon('livestream', this.icons, paths.livestream)}${this.localize('header.live')}</span
    >`;
  }
}
