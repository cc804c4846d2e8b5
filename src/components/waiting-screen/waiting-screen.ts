import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { waitingStrings } from '../../i18n/en/waiting.js';
import { errorStrings } from '../../i18n/en/error.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './waiting-screen.styles.js';

/**
 * Shown while you wait in the waiting room for the host to let you in: the meeting title, a
 * status message (a polite live region), and a button to leave the waiting room
 * (`meeting.leave()`).
 *
 * It follows `meeting.self.roomState`: when the host lets you in (`roomJoined`) it says so and
 * `rtk-meeting` moves on to the meeting by itself; when the host turns you away (`roomLeft` with
 * `rejected`) it says so. The real SDK does not tell your place in the queue, so none is shown.
 *
 * @slot - Replaces the whole screen (the official kit's slot): the page's own waiting view.
 *
 * @csspart content - The centred content.
 * @csspart logo - The organisation's logo (`rtk-logo`).
 * @csspart spinner - The spinner shown while waiting.
 * @csspart title - The meeting title.
 * @csspart message - The status message.
 * @csspart hint - The sentence under the message.
 * @csspart leave-button - The leave button.
 */
export class RtkWaitingScreen extends RtkElement {
  static override strings = { ...waitingStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self, 'roomJoined', 'roomLeft', 'waitlisted'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  private handleLeave = (): void => {
    const meeting = this.activeMeeting;
    if (!meeting) return;
    void this.action.run('leave', () => meeting.leave(), {
      action: this.localize('waiting.leave'),
    });
  };

  private status(): { key: string; waiting: boolean } {
    const state = this.activeMeeting?.self.roomState;
    if (state === 'joined') return { key: 'waiting.admitted', waiting: false };
    if (state === 'rejected') return { key: 'waiting.rejected', waiting: false };
    if (state === 'left') return { key: 'waiting.left', waiting: false };
    return { key: 'waiting.message', waiting: true };
  }

  override render() {
    const meeting = this.activeMeeting;
    const { key, waiting } = this.status();
    const title = meeting?.meta?.meetingTitle;
    return html`<slot><div part="content">
      <rtk-logo part="logo"></rtk-logo>
      ${
        waiting
          ? html`<span part="spinner" aria-hidden="true"></span>`
          : html`<span part="icon">${renderIcon(
              key === 'waiting.admitted' ? 'check' : 'info',
              this.icons,
              key === 'waiting.admitted' ? paths.check : paths.info,
            )}</span>`
      }
      ${title ? html`<h2 part="title">${title}</h2>` : html`<h2 part="title">${this.localize('waiting.title')}</h2>`}
      <p part="message" role="status">${this.localize(key)}</p>
      ${waiting ? html`<p part="hint">${this.localize('waiting.hint')}</p>` : nothing}
      ${
        waiting && meeting
          ? html`<rtk-button
            part="leave-button"
            variant="secondary"
            ?loading=${this.action.isPending('leave')}
            @click=${this.handleLeave}
          >
            <span slot="start">${renderIcon('call_end', this.icons, paths.call_end)}</span>
            ${this.localize('waiting.leave')}
          </rtk-button>`
          : nothing
      }
    </div></slot>`;
  }
}
