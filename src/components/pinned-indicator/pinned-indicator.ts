import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { mapItems } from '../../meeting/guards.js';
import type { Peer } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './pinned-indicator.styles.js';
import { gridsStrings } from '../../i18n/en/grids.js';
import { tileStrings } from '../../i18n/en/tile.js';

/**
 * Says who is pinned: a pin icon and "Pinned: name" (you included). Hidden when nobody is pinned.
 * Follows `participants.pinned` and self's `pinned` / `unpinned`. Our addition: it was called
 * `rtk-spotlight-indicator` before that tag took the official kit's meaning (the host's "Sync"
 * toggle).
 *
 * @csspart container - The badge.
 * @csspart icon - The pin icon.
 * @csspart label - The text.
 *
 * @cssprop --rtk-pinned-indicator-background - Badge background.
 * @cssprop --rtk-pinned-indicator-color - Badge text colour.
 */
export class RtkPinnedIndicator extends RtkElement {
  static override strings = { ...gridsStrings, ...tileStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.participants?.pinned, 'participantJoined', 'participantLeft', 'participantsCleared'],
    [m.self, 'pinned', 'unpinned', 'roomLeft'],
  ]);

  /** Who is pinned: self when self is, else the first of `participants.pinned`. */
  private get spotlit(): Peer | undefined {
    const meeting = this.activeMeeting;
    if (!meeting) return undefined;
    if (meeting.self.isPinned) return meeting.self;
    return mapItems<Peer>(meeting.participants?.pinned)[0];
  }

  protected override willUpdate(): void {
    this.hidden = !this.spotlit;
  }

  override render() {
    const person = this.spotlit;
    if (!person) return nothing;
    const meeting = this.activeMeeting;
    const name = person.name?.trim() || '?';
    const shown = person.id === meeting?.self.id ? this.localize('tile.you', { name }) : name;
    return html`<span part="container" role="status">
      <span part="icon" aria-hidden="true">${renderIcon('pin', this.icons, paths.pin)}</span>
      <span part="label">${this.localize('grids.pinned', { name: shown })}</span>
    </span>`;
  }
}
