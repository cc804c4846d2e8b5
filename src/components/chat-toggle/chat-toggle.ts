import { nothing } from 'lit';
import { SidebarToggleElement } from '../../internal/sidebar-toggle-element.js';
import { presetOf } from '../../context/config.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import type { Message } from '../../meeting/chat.js';
import * as paths from '../../icons/paths.js';

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
export class RtkChatToggle extends SidebarToggleElement {
  static override strings = controlsStrings;

  protected readonly section = 'chat';

  protected readonly events = new MeetingController(this, (m) => [[m.chat, 'chatUpdate']], {
    onEvent: (_event, args) => {
      const payload = args[0] as { action?: string; message?: Message } | undefined;
      const self = this.activeMeeting?.self;
      if (payload?.action === 'add' && payload.message && payload.message.userId !== self?.userId) {
        this.markUnseen(payload.message.id);
      }
      return false;
    },
  });

  protected shown(): boolean {
    const meeting = this.activeMeeting;
    return (
      Boolean(meeting?.chat) &&
      presetOf(meeting, this.activeConfig)?.controlBar?.elements?.chat !== false
    );
  }

  override render() {
    if (!this.shown()) return nothing;
    // Messages from others since the chat was last open (kept per meeting: moving into "More"
    // and back does not reset it).
    const count = this.unseenCount;
    return this.renderToggle(
      this.localize('controls.chat'),
      'chat',
      paths.chat,
      count,
      this.localize('controls.unread', { count }),
      'unread-count',
    );
  }
}
