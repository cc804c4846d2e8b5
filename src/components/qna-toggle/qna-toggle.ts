import { SidebarToggleElement } from '../../internal/sidebar-toggle-element.js';
import { presetOf } from '../../context/config.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { qnaToggleStrings } from '../../i18n/en/qna-toggle.js';
import type { Broadcast } from '../../internal/qna-store.js';
import { qnaOf, QNA_TYPE } from '../../internal/qna-store.js';
import { nothing } from 'lit';

/** A speech bubble with a question mark (24×24 path data). */
const QNA_ICON =
  'M4 5h16v11H10l-6 4ZM9.8 8.9a2.3 2.3 0 1 1 3.2 2.1c-.6.3-1 .7-1 1.3v.2M12 14.6v.01';

/**
 * Opens and closes the questions and answers in the sidebar (UI states `activeSidebar` and
 * `sidebar: 'qna'`) and shows how many questions others asked since Q&A was last open. Our
 * addition; `rtk-controlbar` lists it in "More".
 *
 * Hidden (the element sets its `hidden` attribute) without a broadcast channel
 * (`participants.broadcastMessage`) or when the preset's control bar leaves `qna` out.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 * @csspart unread-count - The new-question badge (the count is also in the button's description).
 *
 * @fires rtkStateUpdate - Opens (`{ activeSidebar: true, sidebar: 'qna' }`) or closes the sidebar.
 */
export class RtkQnaToggle extends SidebarToggleElement {
  static override strings = { ...controlsStrings, ...qnaToggleStrings };

  protected readonly section = 'qna';

  protected readonly events = new MeetingController(
    this,
    (m) => [[m.participants, 'broadcastedMessage']],
    {
      onEvent: (_event, args) => {
        const message = args[0] as Broadcast | undefined;
        const meeting = this.activeMeeting;
        if (message?.type !== QNA_TYPE || !meeting) return false;
        const store = qnaOf(meeting);
        const before = store.size;
        store.receive(message);
        const id = message.payload?.id;
        if (store.size > before && typeof id === 'string') {
          const q = store.list('time', false).find((item) => item.id === id);
          if (q && !store.isMine(q)) this.markUnseen(id);
        }
        return false;
      },
    },
  );

  protected shown(): boolean {
    const meeting = this.activeMeeting;
    return Boolean(
      meeting?.participants?.broadcastMessage &&
      (
        presetOf(meeting, this.activeConfig)?.controlBar?.elements as
          Record<string, boolean> | undefined
      )?.qna !== false,
    );
  }

  override render() {
    if (!this.shown()) return nothing;
    const count = this.unseenCount;
    return this.renderToggle(
      this.localize('qna_toggle.label'),
      'qna',
      QNA_ICON,
      count,
      this.localize('qna_toggle.new', { count }),
      'unread-count',
    );
  }
}
