import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../context/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './participants-toggle.styles.js';

/**
 * Opens and closes the participant list in the sidebar (UI states `activeSidebar` and
 * `sidebar: 'participants'`). For hosts its badge counts the people in the waiting room
 * (`acceptWaitingRequests`) plus the requests to join the stage (`acceptStageRequests`).
 *
 * Hidden (the element sets its `hidden` attribute) when the preset hides the participant list
 * (`showParticipantList: false`) or the preset's control bar leaves it out.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 * @csspart waiting-participants-count - The badge (the count is also in the button's description).
 *
 * @fires rtkStateUpdate - Opens (`{ activeSidebar: true, sidebar: 'participants' }`) or closes the sidebar.
 */
export class RtkParticipantsToggle extends RtkElement {
  static override strings = controlsStrings;

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.participants?.waitlisted, 'participantJoined', 'participantLeft'],
    [m.stage, 'stageAccessRequestUpdate', 'newStageRequest'],
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  /** People waiting for a host: in the waiting room, or asking for the stage. */
  private waiting(): number {
    const meeting = this.activeMeeting;
    const permissions = meeting?.self.permissions;
    let count = 0;
    if (permissions?.acceptWaitingRequests) count += meeting?.participants?.waitlisted?.size ?? 0;
    if (permissions?.acceptStageRequests && typeof meeting?.stage?.getAccessRequests === 'function') {
      try {
        count += meeting.stage.getAccessRequests()?.stageRequests?.length ?? 0;
      } catch {
        // No stage in this meeting (2003): no requests to count.
      }
    }
    return count;
  }

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** Whether the sidebar shows this section now. */
  private get open(): boolean {
    const states = this.activeStates;
    return Boolean(states.activeSidebar) && states.sidebar === 'participants';
  }

  /** Opens the sidebar on this section, or closes it when it already shows it. */
  toggle(): void {
    if (!this.shown()) return;
    this.updateStates(this.open ? { activeSidebar: false } : { activeSidebar: true, sidebar: 'participants' });
  }

  private shown(): boolean {
    const meeting = this.activeMeeting;
    if (!meeting?.participants || meeting.self.permissions?.showParticipantList === false) return false;
    return meeting.self.config?.controlBar?.elements?.participants !== false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.hidden = !this.shown();
  }

  override render() {
    if (!this.shown()) return nothing;
    const count = this.waiting();
    const badgeText = count ? this.localize('controls.waiting', { count }) : undefined;
    const shownCount =
      count > 99 ? this.localize('controls.badge_overflow', { count: 99 }) : this.localize('controls.badge', { count });
    const badge = count
      ? html`<span part="waiting-participants-count" aria-hidden="true">${shownCount}</span>`
      : nothing;
    return html`<rtk-controlbar-button
        part="controlbar-button"
        .label=${this.localize('controls.participants')}
        icon="participants"
        .pressed=${this.open}
        .description=${badgeText}
        .variant=${this.variant}
        .size=${this.size}
        .iconPack=${this.icons}
        @click=${this.toggle}
      ></rtk-controlbar-button>
      ${badge}`;
  }
}
