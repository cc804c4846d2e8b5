import { html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { pollsStrings } from '../../i18n/en/polls.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Poll } from '../../meeting/polls.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './polls.styles.js';

/**
 * The meeting's polls, newest first, each an `rtk-poll` (vote, live results), and, for presets
 * with `polls.canCreate`, a "Create poll" button that opens an `rtk-poll-form` above the list.
 *
 * Follows `meeting.polls` (`pollsUpdate`, and the polls already there on joining) and the
 * permissions (`self.permissions` `pollsUpdate`). A poll others create is announced politely.
 * The form closes when its poll was created, or with "Cancel" or Escape; focus returns to the
 * button. Renders nothing when the meeting has no polls module.
 *
 * @csspart container - The whole panel.
 * @csspart button - The "Create poll" / "Cancel" button.
 * @csspart poll-form - The `rtk-poll-form`.
 * @csspart polls - The list of polls.
 * @csspart poll - One `rtk-poll`.
 * @csspart empty - The text shown when there is no poll.
 *
 * @cssprop --rtk-polls-gap - Space between polls.
 * @cssprop --rtk-polls-background - Background of the panel.
 */
export class RtkPolls extends RtkElement {
  static override strings = pollsStrings;

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.polls, 'pollsUpdate'],
      [m.self?.permissions, 'pollsUpdate', 'permissionsUpdate'],
      [m.self, 'roomJoined'],
    ],
    {
      onEvent: (event, args) => {
        if (event !== 'pollsUpdate') return;
        const payload = args[0] as { polls?: Poll[]; newPoll?: boolean } | undefined;
        const newest = payload?.polls?.at(-1);
        if (!payload?.newPoll || !newest) return;
        if (newest.createdByUserId === this.activeMeeting?.self.userId) return;
        this.announcement = this.localize('polls.new_poll', {
          name: newest.createdBy,
          question: newest.question,
        });
      },
    },
  );

  /** The create form is open. */
  @state() private formOpen = false;

  /** What the polite live region says (a poll someone else created). */
  @state() private announcement = '';

  @query('[part="button"]') private button?: HTMLElement;
  @query('[part="poll-form"]') private form?: HTMLElement;

  private focusNext?: 'button' | 'form';

  private get canCreate(): boolean {
    const meeting = this.activeMeeting;
    return Boolean(meeting?.polls) && meeting?.self.permissions?.polls?.canCreate === true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.formOpen && !this.canCreate) this.formOpen = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target =
      this.focusNext === 'form' ? this.form : this.focusNext === 'button' ? this.button : undefined;
    this.focusNext = undefined;
    if (target) void focusWhenReady(target);
  }

  private handleToggle = (): void => {
    this.formOpen = !this.formOpen;
    this.focusNext = this.formOpen ? 'form' : 'button';
  };

  private close = (): void => {
    if (!this.formOpen) return;
    this.formOpen = false;
    this.focusNext = 'button';
  };

  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.formOpen) return;
    // Escape closes the form, not the sidebar around it.
    event.stopPropagation();
    this.close();
  };

  override render() {
    const meeting = this.activeMeeting;
    const polls = meeting?.polls;
    if (!polls) return nothing;
    const items = Array.isArray(polls.items)
      ? polls.items.filter((p): p is Poll => Boolean(p?.id))
      : [];
    const newestFirst = [...items].reverse();
    const t = this.localize;
    const canCreate = this.canCreate;
    return html`<div part="container" role="group" aria-label=${t('polls.title')} @keydown=${this.handleKeydown}>
      ${
        canCreate
          ? html`<rtk-button
            part="button"
            variant=${this.formOpen ? 'secondary' : 'primary'}
            kind="wide"
            @click=${this.handleToggle}
          >
            ${
              this.formOpen
                ? t('polls.cancel')
                : html`<span slot="start">${renderIcon('plus', this.icons, paths.plus)}</span>${t('polls.create')}`
            }
          </rtk-button>`
          : nothing
      }
      ${
        canCreate && this.formOpen
          ? html`<rtk-poll-form
            part="poll-form"
            .size=${this.size}
            @rtkPollCreated=${this.close}
          ></rtk-poll-form>`
          : nothing
      }
      ${
        newestFirst.length
          ? html`<ul part="polls" aria-label=${t('polls.title')}>
            ${repeat(
              newestFirst,
              (poll) => poll.id,
              (poll) => html`<li>
                <rtk-poll
                  part="poll"
                  .poll=${poll}
                  .size=${this.size}
                ></rtk-poll>
              </li>`,
            )}
          </ul>`
          : html`<div part="empty">
            ${renderIcon('poll', this.icons, paths.poll)}
            <p>${t('polls.empty')}</p>
            ${canCreate ? html`<p class="hint">${t('polls.empty_create')}</p>` : nothing}
          </div>`
      }
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }
}

/** Focuses an element once it rendered (a child that was just added has no shadow content yet). */
async function focusWhenReady(el: HTMLElement): Promise<void> {
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  el.focus();
}
