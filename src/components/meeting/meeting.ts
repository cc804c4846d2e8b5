import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Size, UiStates } from '../../context/states.js';
import { UiProviderController } from '../../context/provider-controller.js';
import { RtkElement } from '../../context/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { NotificationsController } from '../../controllers/notifications-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import type { LeaveRoomState } from '../../meeting/media.js';
import type { Meeting } from '../../meeting/meeting.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './meeting.styles.js';

/** The screen `rtk-meeting` shows. */
export type MeetingScreen = NonNullable<UiStates['meeting']>;

/** The size class for a width in CSS pixels. */
export function sizeForWidth(width: number): Size {
  if (width < 600) return 'sm';
  if (width < 900) return 'md';
  if (width < 1200) return 'lg';
  return 'xl';
}

/** `show-setup-screen="false"` must turn it off, as in the official kit. */
const booleanDefaultTrue = {
  fromAttribute: (value: string | null) => value === null || value !== 'false',
};

/**
 * A whole meeting in one tag: the setup screen, the waiting screen, the meeting itself
 * (grid and control bar), and the ended screen, following `meeting.self.roomState`.
 *
 * Provides the meeting, UI states, config, language and icons to everything inside it, keeps the
 * UI states (merging `rtkStateUpdate` and announcing `rtkStatesUpdate`), remembers why you left
 * (`states.roomLeftState`), sets `size` from its own width, and shows the `rtkNotification`s
 * raised inside it. A missing or half-built meeting shows the idle screen; nothing throws.
 *
 * @csspart screen - The current screen.
 * @csspart notifications - The notification stack.
 *
 * @cssprop --rtk-meeting-background - Background of the meeting.
 *
 * @fires rtkStatesUpdate - After the UI states changed; `detail` is the whole new state.
 * @fires rtkNotification - When joining (with `showSetupScreen` off) failed.
 */
export class RtkMeeting extends RtkElement {
  static override styles = [tokens, hostStyles, styles];

  private readonly provider = new UiProviderController(this);

  protected readonly events = new MeetingController(this, (m) => [[m.self, 'roomJoined', 'roomLeft', 'waitlisted']], {
    onEvent: (event, args) => {
      if (event === 'roomLeft') {
        const state = (args[0] as { state?: LeaveRoomState } | undefined)?.state;
        this.provider.updateStates({ roomLeftState: state ?? 'left' });
      } else if (event === 'roomJoined') {
        this.provider.updateStates({ roomLeftState: undefined });
      }
    },
  });

  private readonly action = new ActionController(this, () => this.localize);

  private readonly notices = new NotificationsController(this);

  protected readonly box = new ResizeController(this, (width) => {
    if (width > 0) this.size = sizeForWidth(width);
  });

  /** Show the setup screen before joining (default); when off, the meeting is joined at once. */
  @property({ attribute: 'show-setup-screen', converter: booleanDefaultTrue })
  showSetupScreen = true;

  /** `fill`: fill the parent; `fixed`: cover the viewport. */
  @property({ reflect: true }) mode: 'fill' | 'fixed' = 'fill';

  /** Leave the meeting when this element is removed from the page. */
  @property({ type: Boolean, attribute: 'leave-on-unmount' }) leaveOnUnmount = false;

  private readonly autoJoined = new WeakSet<object>();

  /** The screen shown now, from `meeting.self.roomState`. */
  get screen(): MeetingScreen {
    const meeting = this.activeMeeting;
    const state = meeting?.self.roomState;
    if (!meeting || !state) return 'idle';
    if (state === 'init') return 'setup';
    if (state === 'joined') return 'joined';
    if (state === 'waitlisted') return 'waiting';
    return state === 'connected-meeting' ? 'idle' : 'ended';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.provider.meeting = this.meeting ?? undefined;
    if (changed.has('config')) this.provider.config = this.config;
    if (changed.has('t')) this.provider.t = this.t;
    if (changed.has('iconPack')) this.provider.iconPack = this.iconPack;
    // Here rather than in updated(): state changes made before rendering need no second update.
    const screen = this.screen;
    if (this.provider.states.meeting !== screen) this.provider.updateStates({ meeting: screen });
    const meeting = this.activeMeeting;
    if (screen === 'setup' && !this.showSetupScreen && meeting && !this.autoJoined.has(meeting)) {
      this.autoJoined.add(meeting);
      void this.action.run('join', () => meeting.join(), { action: this.localize('setup.join') });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const meeting = this.activeMeeting;
    if (!this.leaveOnUnmount || meeting?.self.roomState !== 'joined') return;
    // A move within the page disconnects and reconnects in the same task: only leave if gone.
    queueMicrotask(() => {
      if (!this.isConnected) void this.leaveQuietly(meeting);
    });
  }

  private async leaveQuietly(meeting: Meeting): Promise<void> {
    try {
      await meeting.leave();
    } catch {
      // Nobody is left on the page to tell.
    }
  }

  /** Loading while no meeting was given (or it switches rooms); otherwise the meeting is unusable. */
  private idleVariant(): 'loading' | 'no-meeting' {
    if (this.activeMeeting?.self.roomState === 'connected-meeting') return 'loading';
    return this.meeting ? 'no-meeting' : 'loading';
  }

  override render() {
    return html`<div part="screen">${this.renderScreen()}</div>
      <rtk-notifications part="notifications" .notifications=${this.notices.items} .size=${this.size}></rtk-notifications>`;
  }

  private renderScreen() {
    const size = this.size;
    switch (this.screen) {
      case 'setup':
        return this.showSetupScreen
          ? html`<rtk-setup-screen .size=${size}></rtk-setup-screen>`
          : html`<rtk-idle-screen .size=${size}></rtk-idle-screen>`;
      case 'waiting':
        return html`<rtk-idle-screen variant="waiting" .size=${size}></rtk-idle-screen>`;
      case 'joined':
        return html`<div class="in-call">
          <rtk-grid .size=${size}></rtk-grid>
          <rtk-controlbar .size=${size}></rtk-controlbar>
        </div>`;
      case 'ended':
        return html`<rtk-ended-screen .size=${size}></rtk-ended-screen>`;
      default:
        return html`<rtk-idle-screen
          variant=${this.idleVariant()}
          .size=${size}
        ></rtk-idle-screen>`;
    }
  }
}
