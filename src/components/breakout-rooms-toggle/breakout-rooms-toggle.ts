import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { breakoutStrings } from '../../i18n/en/breakout.js';
import { connectedOf, parentIdOf, track } from '../../internal/breakout.js';
import type { Meeting } from '../../meeting/meeting.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './breakout-rooms-toggle.styles.js';
import * as paths from '../../icons/paths.js';

/**
 * Opens the breakout rooms (`rtk-breakout-rooms-manager`, shown by `rtk-dialog-manager` in
 * `rtk-meeting`) through the UI states (`{ activeBreakoutRoomsManager: { active: true } }`).
 *
 * Shown once the meeting is joined to hosts who may split the meeting
 * (`self.permissions.connectedMeetings.canAlterConnectedMeetings`), to people who may switch
 * rooms themselves while there are rooms (`canSwitchConnectedMeetings`), and in a room to those
 * who may go back to the main room (`canSwitchToParentMeeting`); it follows permission and room
 * changes, and otherwise renders nothing and sets its `hidden` attribute. `rtk-controlbar` puts
 * one in its More menu (loaded when More is first pointed at or focused).
 *
 * Used alone (no `rtk-meeting` or `rtk-ui-provider` above it) it shows the manager itself, in a
 * dialog.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkStateUpdate - `{ activeBreakoutRoomsManager: { active: true } }` when clicked.
 */
export class RtkBreakoutRoomsToggle extends RtkElement {
  static override strings = breakoutStrings;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self?.permissions, 'permissionsUpdate'],
    [m.self, 'roomJoined', 'roomLeft'],
    [m.connectedMeetings, 'stateUpdate'],
  ]);

  /** `button`: icon above the label; `horizontal`: icon beside the label (in menus). */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** Whether the toggle applies to the local user now. */
  static applies(meeting: Meeting | undefined): boolean {
    const self = meeting?.self;
    const may = self?.permissions?.connectedMeetings;
    const cm = connectedOf(meeting);
    if (!self?.roomJoined || !may || !cm) return false;
    const inRoom = parentIdOf(meeting) !== meeting?.meta?.meetingId;
    return Boolean(
      may.canAlterConnectedMeetings ||
      (may.canSwitchConnectedMeetings && cm.isActive) ||
      (may.canSwitchToParentMeeting && inRoom),
    );
  }

  private get shown(): boolean {
    return RtkBreakoutRoomsToggle.applies(this.activeMeeting);
  }

  private handleClick = (): void => {
    this.updateStates({ activeBreakoutRoomsManager: { active: true } });
  };

  private get open(): boolean {
    const state = this.activeStates.activeBreakoutRoomsManager as { active?: boolean } | undefined;
    return state?.active === true;
  }

  protected override willUpdate(): void {
    // Room timers fire on the meeting object the host is in by then.
    track(this.activeMeeting);
  }

  protected override updated(): void {
    // Hidden when it does not apply, so a menu (More) skips it.
    this.hidden = !this.shown;
  }

  override render() {
    if (!this.shown) return nothing;
    // Alone, this toggle's own states store holds the dialog: it shows it itself.
    const alone = this.flow.store && this.open;
    if (alone) {
      void import('../dialog/rtk-dialog.js');
      void import('../breakout-rooms-manager/rtk-breakout-rooms-manager.js');
    }
    return html`<rtk-controlbar-button
        part="controlbar-button"
        .label=${this.localize('breakout.toggle')}
        icon="breakout_rooms"
        .iconPath=${paths.grid}
        .variant=${this.variant}
        .size=${this.size}
        .haspopup=${'dialog'}
        @click=${this.handleClick}
      ></rtk-controlbar-button
      >${
        alone
          ? html`<rtk-dialog
              open
              .label=${this.localize('breakout.title')}
              @rtkDialogClose=${() =>
                this.updateStates({ activeBreakoutRoomsManager: { active: false } })}
              ><rtk-breakout-rooms-manager .size=${this.size}></rtk-breakout-rooms-manager
            ></rtk-dialog>`
          : nothing
      }`;
  }
}
