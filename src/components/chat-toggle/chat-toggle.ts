import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../context/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './chat-toggle.styles.js';
import type { Message } from '../../meeting/chat.js';
/**
 * Opens and closes the chat in the sidebar (UI states `activeSidebar` and `sidebar: 'chat'`,
 * as in the official kit) and counts the messages others sent since the chat was last open.
 *
 * Hidden (the element sets its `hidden` attribute) without a chat module or when the preset's
 * control bar leaves chat out.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 * @csspart unread-count - The unread badge (the count is also in the button's description).
 *
 * @fires rtkStateUpdate - Opens (`{ activeSidebar: true, sidebar: 'chat' }`) or closes the sidebar.
 */
export class RtkChatToggle extends RtkElement {
  static override strings = controlsStrings;

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [[m.chat, 'chatUpdate']], {
    onEvent: (_event, args) => {
      const payload = args[0] as { action?: string; message?: Message } | undefined;
      const self = this.activeMeeting?.self;
      if (payload?.action === 'add' && payload.message && payload.message.userId !== self?.userId && !this.open) {
        this.unread += 1;
      }
      return false;
    },
  });

  /** Messages from others since the chat was last open. */
  @state() private unread = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.open && this.unread) this.unread = 0;
  }

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** Whether the sidebar shows this section now. */
  private get open(): boolean {
    const states = this.activeStates;
    return Boolean(states.activeSidebar) && states.sidebar === 'chat';
  }

  /** Opens the sidebar on this section, or closes it when it already shows it. */
  toggle(): void {
    if (!this.shown()) return;
    this.updateStates(this.open ? { activeSidebar: false } : { activeSidebar: true, sidebar: 'chat' });
  }

  private shown(): boolean {
    const meeting = this.activeMeeting;
    return Boolean(meeting?.chat) && meeting?.self.config?.controlBar?.elements?.chat !== false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.hidden = !this.shown();
  }

  override render() {
    if (!this.shown()) return nothing;
    const count = this.unread;
    const badgeText = count ? this.localize('controls.unread', { count }) : undefined;
    const shownCount =
      count > 99 ? this.localize('controls.badge_overflow', { count: 99 }) : this.localize('controls.badge', { count });
    const badge = count
      ? html`<span part="unread-count" aria-hidden="true">${shownCount}</span>`
      : nothing;
    return html`<rtk-controlbar-button
        part="controlbar-button"
        .label=${this.localize('controls.chat')}
        icon="chat"
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
