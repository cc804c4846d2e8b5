import { nothing } from 'lit';
import { SidebarToggleElement } from '../../internal/sidebar-toggle-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { captionToggleStrings } from '../../i18n/en/caption-toggle.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import * as paths from '../../icons/paths.js';

/**
 * Turns live captions on and off: the UI state `activeCaptions` (as in the official kit), which
 * shows `rtk-transcripts` over the stage of `rtk-meeting`. A pressed button while they are on.
 *
 * Hidden (the element sets its `hidden` attribute) without `meeting.ai` or when the preset does
 * not allow transcription (`self.permissions.transcriptionEnabled`).
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkStateUpdate - `{ activeCaptions: true }` to show captions, `false` to hide them.
 */
export class RtkCaptionToggle extends SidebarToggleElement {
  static override strings = { ...controlsStrings, ...captionToggleStrings };

  protected readonly section = 'captions';

  protected readonly events = new MeetingController(this, (m) => [
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  protected override get open(): boolean {
    return this.activeStates.activeCaptions === true;
  }

  protected shown(): boolean {
    const meeting = this.activeMeeting;
    return Boolean(meeting?.ai && meeting.self.permissions?.transcriptionEnabled);
  }

  /** Shows captions, or hides them when they are shown. */
  override toggle(): void {
    if (this.shown()) this.updateStates({ activeCaptions: !this.open });
  }

  override render() {
    if (!this.shown()) return nothing;
    return this.renderToggle(
      this.localize('caption_toggle.label'),
      'captions',
      paths.captions,
      0,
      '',
      '',
    );
  }
}
