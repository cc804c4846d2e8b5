import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { RtkElement } from '../../context/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import type { Self } from '../../meeting/self.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './setup-screen.styles.js';
import { setupStrings } from '../../i18n/en/setup.js';
import { idleStrings } from '../../i18n/en/idle.js';
import { errorStrings } from '../../i18n/en/error.js';

/** The longest display name accepted, in characters. */
export const MAX_NAME_LENGTH = 50;

/**
 * The screen before joining: your camera preview, microphone and camera toggles, your
 * name, and the join button.
 *
 * The name starts as `meeting.self.name`, is trimmed, required and at most 50 characters; the
 * validation message is announced. On join it calls `self.setName` (when the preset allows
 * editing the name) and `meeting.join()`. While joining the button says so; if joining fails the
 * reason is shown and the button works again.
 *
 * @csspart container - The two columns.
 * @csspart preview - Your tile and media toggles.
 * @csspart form - The name field and the join button.
 * @csspart title - The meeting title.
 * @csspart name-input - The name field.
 * @csspart name-error - The validation message.
 * @csspart join-button - The join button.
 * @csspart error - Why joining failed.
 *
 * @cssprop --rtk-setup-screen-max-width - Widest the content gets.
 */
export class RtkSetupScreen extends RtkElement {
  static override strings = { ...setupStrings, ...idleStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self, 'audioUpdate', 'videoUpdate', 'roomJoined', 'roomLeft'],
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  @state() private displayName = '';

  @state() private touched = false;

  @query('input') private input?: HTMLInputElement;

  private nameSource?: Self;

  protected override willUpdate(): void {
    const self = this.activeMeeting?.self;
    if (self && self !== this.nameSource) {
      this.nameSource = self;
      this.displayName = typeof self.name === 'string' ? self.name : '';
      this.touched = false;
    }
  }

  private get canEditName(): boolean {
    return this.activeMeeting?.self.permissions?.canEditDisplayName !== false;
  }

  /** The validation message for the current name, or `undefined` when it is fine. */
  private validate(): string | undefined {
    const name = this.displayName.trim();
    if (!name) return this.localize('setup.name_required');
    if ([...name].length > MAX_NAME_LENGTH) {
      return this.localize('setup.name_too_long', { max: MAX_NAME_LENGTH });
    }
    return undefined;
  }

  private handleInput = (event: Event): void => {
    this.displayName = (event.target as HTMLInputElement).value;
    this.touched = true;
  };

  private handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const meeting = this.activeMeeting;
    if (!meeting || this.action.isPending('join')) return;
    const editable = this.canEditName;
    if (editable && this.validate()) {
      this.touched = true;
      this.input?.focus();
      return;
    }
    const name = this.displayName.trim();
    void this.action.run(
      'join',
      async () => {
        if (editable && name !== meeting.self.name) meeting.self.setName(name);
        await meeting.join();
      },
      { action: this.localize('setup.join'), notify: false },
    );
  };

  override render() {
    const meeting = this.activeMeeting;
    if (!meeting) return html`<p part="error" role="status">${this.localize('idle.no_meeting')}</p>`;
    const self = meeting.self;
    const pending = this.action.isPending('join');
    const joinError = this.action.errors.get('join');
    const editable = this.canEditName;
    const invalid = editable && this.touched ? this.validate() : undefined;
    const title = meeting.meta?.meetingTitle;
    return html`<div part="container">
      <div part="preview">
        <rtk-participant-setup
          .participant=${self}
          .meeting=${this.meeting}
          .t=${this.t}
          .iconPack=${this.iconPack}
          .states=${this.states}
        ></rtk-participant-setup>
        <div class="media-controls">
          <rtk-mic-toggle .meeting=${this.meeting} .t=${this.t} .iconPack=${this.iconPack}></rtk-mic-toggle>
          <rtk-camera-toggle .meeting=${this.meeting} .t=${this.t} .iconPack=${this.iconPack}></rtk-camera-toggle>
        </div>
      </div>
      <form part="form" novalidate @submit=${this.handleSubmit}>
        <h2 part="title">${title || this.localize('setup.title')}</h2>
        ${title ? html`<p class="subtitle">${this.localize('setup.title')}</p>` : nothing}
        <label for="name">${this.localize('setup.name_label')}</label>
        <input
          id="name"
          part="name-input"
          type="text"
          autocomplete="name"
          required
          placeholder=${this.localize('setup.name_placeholder')}
          .value=${this.displayName}
          ?disabled=${!editable}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby="name-error"
          @input=${this.handleInput}
        />
        <p id="name-error" part="name-error" aria-live="polite">${invalid ?? ''}</p>
        <button
          part="join-button"
          type="submit"
          aria-disabled=${pending ? 'true' : 'false'}
          aria-busy=${pending ? 'true' : 'false'}
        >
          ${this.localize(pending ? 'setup.joining' : 'setup.join')}
        </button>
        ${joinError
          ? html`<p part="error" role="alert">
              ${this.localize('setup.join_failed', { message: joinError.message })}
            </p>`
          : nothing}
      </form>
    </div>`;
  }
}
