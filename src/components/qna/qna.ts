import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { qnaStrings } from '../../i18n/en/qna.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Meeting } from '../../meeting/meeting.js';
import {
  canModerate,
  MAX_QUESTION_LENGTH,
  QnaError,
  qnaOf,
  type Broadcast,
  type Question,
  type QnaSort,
  type QnaStore,
} from '../../internal/qna-store.js';
import { inlineAlert } from '../../styles/inline-alert.styles.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './qna.styles.js';

/**
 * Questions and answers, separate from the chat: everyone asks (optionally anonymously) and
 * upvotes; hosts mark questions answered and hide them. Sorted by votes (answered ones last) or
 * newest first. A question someone else asks is announced politely.
 *
 * Runs over the meeting's broadcast channel (`participants.broadcastMessage`, type `rtk-qna`),
 * so every kit in the meeting keeps the same list; a person who joins late gets it from the
 * others (request and answer on join, see CONTRIBUTING). A question counts as asked when its echo
 * comes back: until then "Asking…"; a refused or unanswered send, or the kit's rate limit (3
 * questions a minute), shows an alert and keeps the text. Renders nothing without a meeting or a
 * broadcast channel. Our addition (the official kit has no Q&A); `rtk-sidebar` shows it as the
 * section `qna`, opened by `rtk-qna-toggle`.
 *
 * @csspart container - The whole panel.
 * @csspart sort - The group of sort buttons.
 * @csspart sort-button - One sort button (`aria-pressed` when in use).
 * @csspart list - The list of questions.
 * @csspart question - One question.
 * @csspart text - A question's text.
 * @csspart meta - The asker and the question's state.
 * @csspart upvote - The upvote button (`aria-pressed` when self upvoted).
 * @csspart actions - A host's buttons of one question.
 * @csspart action - A host's button (mark answered, hide).
 * @csspart empty - The text shown when there is no question.
 * @csspart form - The form to ask a question.
 * @csspart input - The question's text area.
 * @csspart anonymous - The "Ask anonymously" label and checkbox.
 * @csspart submit - The Ask button.
 * @csspart alert - Why something did not go through.
 *
 * @cssprop --rtk-qna-background - Background of the panel.
 */
export class RtkQna extends RtkElement {
  static override strings = qnaStrings;

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, inlineAlert, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.participants, 'broadcastedMessage'],
      [m.self, 'roomJoined', 'roomLeft'],
      [m.self?.permissions, 'permissionsUpdate'],
    ],
    {
      onEvent: (event, args) => {
        const store = this.store;
        if (event === 'broadcastedMessage') {
          // The store tells us when the list changed.
          store?.receive(args[0] as Broadcast);
          return false;
        }
        if (event === 'roomJoined') store?.requestSync();
        if (event === 'roomLeft') store?.left();
      },
    },
  );

  /** The order of the list: `votes` (most upvoted first, answered last) or `time` (newest first). */
  @property({ reflect: true }) sort: QnaSort = 'votes';

  @state() private text = '';
  @state() private anonymous = false;
  @state() private asking = false;
  @state() private alert = '';
  /** What the polite live region says (a question someone else asked). */
  @state() private announcement = '';
  /** Questions with a vote or host action on its way. */
  @state() private busy = new Set<string>();

  @query('textarea') private input?: HTMLTextAreaElement;

  private store?: QnaStore;
  private storeMeeting?: Meeting;
  private unsubscribe?: () => void;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detach();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const meeting = this.activeMeeting;
    if (meeting === this.storeMeeting && this.store) return;
    this.detach();
    if (!meeting?.participants?.broadcastMessage) return;
    this.storeMeeting = meeting;
    this.store = qnaOf(meeting);
    this.unsubscribe = this.store.subscribe((added) => this.handleChange(added));
    this.store.requestSync();
  }

  private detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
    this.storeMeeting = undefined;
  }

  /** Moves focus to the question's text area. */
  override focus(options?: FocusOptions): void {
    if (this.input) this.input.focus(options);
    else super.focus(options);
  }

  private handleChange(added: Question[]): void {
    const q = added.at(-1);
    if (q && !q.hidden) {
      this.announcement = q.name
        ? this.localize('qna.new_question', { name: q.name, text: q.text })
        : this.localize('qna.new_question_anonymous', { text: q.text });
    }
    this.requestUpdate();
  }

  private seconds(error: unknown): number {
    return error instanceof QnaError ? Math.max(1, error.retryAfter) : 1;
  }

  private handleSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const store = this.store;
    if (!store || this.asking) return;
    const text = this.text.trim();
    if (!text) {
      this.alert = this.localize('qna.error_empty');
      this.input?.focus();
      return;
    }
    if (text.length > MAX_QUESTION_LENGTH) {
      this.alert = this.localize('qna.error_long', { max: MAX_QUESTION_LENGTH });
      this.input?.focus();
      return;
    }
    this.alert = '';
    this.asking = true;
    try {
      await store.ask(text, this.anonymous);
      // Posted: the field is cleared only now, unless the person already typed something else.
      if (this.text.trim() === text) this.text = '';
    } catch (error) {
      this.alert =
        error instanceof QnaError && error.reason === 'rate'
          ? this.localize('qna.error_rate', { seconds: this.seconds(error) })
          : this.localize('qna.error_refused');
    } finally {
      this.asking = false;
    }
  };

  private handleKeydown = (event: KeyboardEvent): void => {
    // Enter asks; Shift+Enter is a new line.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    void this.handleSubmit(event);
  };

  private async act(q: Question, run: (store: QnaStore) => Promise<void>): Promise<void> {
    const store = this.store;
    if (!store || this.busy.has(q.id)) return;
    this.busy = new Set(this.busy).add(q.id);
    this.alert = '';
    try {
      await run(store);
    } catch (error) {
      this.alert =
        error instanceof QnaError && error.reason === 'rate'
          ? this.localize('qna.error_action_rate', { seconds: this.seconds(error) })
          : this.localize('qna.error_action');
    } finally {
      const busy = new Set(this.busy);
      busy.delete(q.id);
      this.busy = busy;
    }
  }

  override render() {
    const meeting = this.activeMeeting;
    const store = this.store;
    if (!meeting || !store) return nothing;
    const t = this.localize;
    const host = canModerate(meeting);
    const questions = store.list(this.sort, host);
    return html`<div part="container" role="group" aria-label=${t('qna.title')}>
      <div part="sort" role="group" aria-label=${t('qna.sort')}>
        ${(['votes', 'time'] as const).map(
          (sort) => html`<button
            part="sort-button"
            type="button"
            aria-pressed=${this.sort === sort ? 'true' : 'false'}
            @click=${() => (this.sort = sort)}
          >
            ${t(sort === 'votes' ? 'qna.sort_votes' : 'qna.sort_time')}
          </button>`,
        )}
      </div>
      ${
        questions.length
          ? html`<ul part="list" aria-label=${t('qna.list')}>
            ${repeat(
              questions,
              (q) => q.id,
              (q) => this.renderQuestion(store, q, host),
            )}
          </ul>`
          : html`<div part="empty">
            ${renderIcon('chat', this.icons, paths.chat)}
            <p>${t('qna.empty')}</p>
            <p class="hint">${t('qna.empty_hint')}</p>
          </div>`
      }
      ${this.renderForm()}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  private renderQuestion(store: QnaStore, q: Question, host: boolean) {
    const t = this.localize;
    const mine = store.isMine(q);
    const voted = store.votedFor(q);
    const votes = q.voters.size;
    const busy = this.busy.has(q.id);
    const author = mine
      ? t(q.name ? 'qna.you' : 'qna.you_anonymous')
      : q.name || t('qna.anonymous');
    const time = this.localize.formatTime(q.at, { hour: 'numeric', minute: '2-digit' });
    return html`<li
      part="question"
      class=${[q.answered ? 'answered' : '', q.hidden ? 'hidden' : ''].join(' ')}
    >
      <p part="text">${q.text}</p>
      <p part="meta">
        <span>${t('qna.byline', { name: author, time })}</span>
        ${q.answered ? html`<span class="tag answered-tag">${renderIcon('check', this.icons, paths.check)}${t('qna.answered')}</span>` : nothing}
        ${q.hidden ? html`<span class="tag">${t('qna.hidden')}</span>` : nothing}
      </p>
      <button
          part="upvote"
          type="button"
          aria-pressed=${voted ? 'true' : 'false'}
          aria-label=${t('qna.upvote', { votes: t('qna.votes', { count: votes }) })}
          ?disabled=${mine}
          aria-busy=${busy ? 'true' : 'false'}
          @click=${() => this.act(q, (s) => s.vote(q.id, !voted))}
        >
          ${renderIcon('chevron_up', this.icons, paths.chevron_up)}<span aria-hidden="true"
            >${t('qna.vote_count', { count: this.localize.formatNumber(votes) })}</span
          >
        </button>
      ${
        host
          ? html`<div part="actions">
              <button
                part="action"
                type="button"
                aria-busy=${busy ? 'true' : 'false'}
                @click=${() => this.act(q, (s) => s.setAnswered(q.id, !q.answered))}
              >
                ${t(q.answered ? 'qna.mark_unanswered' : 'qna.mark_answered')}
              </button>
              <button
                part="action"
                type="button"
                aria-busy=${busy ? 'true' : 'false'}
                @click=${() => this.act(q, (s) => s.setHidden(q.id, !q.hidden))}
              >
                ${t(q.hidden ? 'qna.unhide' : 'qna.hide')}
              </button>
            </div>`
          : nothing
      }
    </li>`;
  }

  private renderForm() {
    const t = this.localize;
    return html`<form part="form" @submit=${this.handleSubmit}>
      ${this.alert ? html`<p part="alert" class="inline-alert" role="alert">${this.alert}</p>` : html`<p role="alert" class="visually-hidden"></p>`}
      <label for="question" class="visually-hidden">${t('qna.question_label')}</label>
      <textarea
        id="question"
        part="input"
        rows="2"
        maxlength=${MAX_QUESTION_LENGTH}
        placeholder=${t('qna.question_label')}
        .value=${this.text}
        ?readonly=${this.asking}
        @input=${(e: Event) => {
          this.text = (e.target as HTMLTextAreaElement).value;
          if (this.alert) this.alert = '';
        }}
        @keydown=${this.handleKeydown}
      ></textarea>
      <div class="row">
        <label part="anonymous">
          <input
            type="checkbox"
            .checked=${this.anonymous}
            @change=${(e: Event) => (this.anonymous = (e.target as HTMLInputElement).checked)}
          />
          ${t('qna.anonymous_label')}
        </label>
        <button part="submit" type="submit" aria-disabled=${this.asking ? 'true' : 'false'}>
          ${t(this.asking ? 'qna.asking' : 'qna.ask')}
        </button>
      </div>
    </form>`;
  }
}
