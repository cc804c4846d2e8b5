import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../context/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './polls-toggle.styles.js';
import type { Poll } from '../../meeting/polls.js';
/**
 * Opens and closes the polls in the sidebar (UI states `activeSidebar` and `sidebar: 'polls'`)
 * and shows how many polls others created since the polls were last open.
 *
 * Hidden (the element sets its `hidden` attribute) without a polls module, when the preset may
 * neither view nor create polls, or when the preset's control bar leaves polls out.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 * @csspart unread-count - The new-poll badge (the count is also in the button's description).
 *
 * @fires rtkStateUpdate - Opens (`{ activeSidebar: true, sidebar: 'polls' }`) or closes the sidebar.
 */
export class RtkPollsToggle extends RtkElement {
  static override strings = controlsStrings;

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.polls, 'pollsUpdate'],
      [m.self?.permissions, 'pollsUpdate', 'permissionsUpdate'],
    ],
    {
      onEvent: (event, args) => {
        const payload = args[0] as { polls?: Poll[]; newPoll?: boolean } | undefined;
        const newest = payload?.polls?.at(-1);
        const self = this.activeMeeting?.self;
        if (event === 'pollsUpdate' && payload?.newPoll && newest?.createdByUserId !== self?.userId && !this.open) {
          this.newPolls += 1;
        }
      },
    },
  );

  /** Polls others created since the polls were last open. */
  @state() private newPolls = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.open && this.newPolls) this.newPolls = 0;
  }

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** Whether the sidebar shows this section now. */
  private get open(): boolean {
    const states = this.activeStates;
    return Boolean(states.activeSidebar) && states.sidebar === 'polls';
  }

  /** Opens the sidebar on this section, or closes it when it already shows it. */
  toggle(): void {
    if (!this.shown()) return;
    this.updateStates(this.open ? { activeSidebar: false } : { activeSidebar: true, sidebar: 'polls' });
  }

  private shown(): boolean {
    const meeting = this.activeMeeting;
    const permissions = meeting?.self.permissions?.polls;
    if (!meeting?.polls || meeting.self.config?.controlBar?.elements?.polls === false) return false;
    return !permissions || permissions.canView || permissions.canCreate;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.hidden = !this.shown();
  }

  override render() {
    if (!this.shown()) return nothing;
    const count = this.newPolls;
    const badgeText = count ? this.localize('controls.new_polls', { count }) : undefined;
    const shownCount =
      count > 99 ? this.localize('controls.badge_overflow', { count: 99 }) : this.localize('controls.badge', { count });
    const badge = count
      ? html`<span part="unread-count" aria-hidden="true">${shownCount}</span>`
      : nothing;
    return html`<rtk-controlbar-button
        part="controlbar-button"
        .label=${this.localize('controls.polls')}
        icon="poll"
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
