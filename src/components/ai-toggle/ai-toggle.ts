import { nothing } from 'lit';
import { SidebarToggleElement } from '../../internal/sidebar-toggle-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { aiToggleStrings } from '../../i18n/en/ai-toggle.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import * as paths from '../../icons/paths.js';

/**
 * Opens and closes the meeting's transcript in the sidebar (UI states `activeSidebar` and
 * `sidebar: 'ai'`, where `rtk-sidebar` shows `rtk-ai`).
 *
 * Hidden (the element sets its `hidden` attribute) without `meeting.ai` or when the preset does
 * not allow transcription (`self.permissions.transcriptionEnabled`).
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkStateUpdate - Opens (`{ activeSidebar: true, sidebar: 'ai' }`) or closes the sidebar.
 */
export class RtkAiToggle extends SidebarToggleElement {
  static override strings = { ...controlsStrings, ...aiToggleStrings };

  protected readonly section = 'ai';

  protected readonly events = new MeetingController(this, (m) => [
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  protected shown(): boolean {
    const meeting = this.activeMeeting;
    return Boolean(meeting?.ai && meeting.self.permissions?.transcriptionEnabled);
  }

  override render() {
    if (!this.shown()) return nothing;
    return this.renderToggle(
      this.localize('ai_toggle.label'),
      'transcript',
      paths.transcript,
      0,
      '',
      '',
    );
  }
}
