import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { styleProps } from '../../internal/style-props.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { RtkVotePollEvent } from '../../events/rtk-vote-poll.js';
import { errorStrings } from '../../i18n/en/error.js';
import { pollsStrings } from '../../i18n/en/polls.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { PollPermissions } from '../../meeting/permissions.js';
import type { Poll } from '../../meeting/polls.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import { inlineAlert } from '../../styles/inline-alert.styles.js';
import styles from './poll.styles.js';

/** Names of voters written out before "and N others". */
const NAMES_SHOWN = 3;

/**
 * What `rtk-poll` reads of the permissions: `polls.canVote` and `polls.canView` (the SDK's name;
 * `canViewResults`, the docs' name, is accepted too). Missing values count as allowed.
 */
export interface PollPermissionsInput {
  readonly polls?: Partial<PollPermissions> & { canViewResults?: boolean };
}

/**
 * One poll: its question, who asked, a radio group to vote once, and the results.
 *
 * Voting: choose an option (arrow keys move within the group) and press "Vote". Fires the
 * cancelable `rtkVotePoll`; unless a listener prevents it, the poll calls `meeting.polls.vote`
 * itself. The button stays busy until the meeting counts the vote (the poll's `voted` lists the
 * local user: the real client resolves `vote` before the server answers); when it is not counted
 * within `voteTimeout`, an alert says so and the choice stays selected to vote again. A rejection
 * fires `rtkNotification` and the vote stays open. No vote control without `polls.canVote` or
 * after voting.
 *
 * Results: each option's count and share, written as text ("12 votes, 40%") beside a bar, and,
 * unless the poll is anonymous, who voted for it. Shown only with `polls.canView`, and for a
 * poll with `hideVotes` only once you voted (or to its creator).
 *
 * Follows the meeting: with a meeting it shows the newest copy of its poll from
 * `meeting.polls.items` (`pollsUpdate`) and the permissions from `meeting.self.permissions`;
 * the `poll`, `self` and `permissions` properties override or stand in for them.
 *
 * @csspart container - The poll's box.
 * @csspart question - The question.
 * @csspart meta - Who asked, and the anonymous / hidden-results labels.
 * @csspart options - The radio group to vote with.
 * @csspart option - One choice of the radio group.
 * @csspart vote-button - The "Vote" button.
 * @csspart vote-error - Says that the last vote was not counted.
 * @csspart results - The list of results.
 * @csspart result - One option's result.
 * @csspart bar - An option's share, drawn as a bar.
 * @csspart voters - Who voted for an option.
 * @csspart status - "You voted", "Results are shown once you vote", the total.
 *
 * @cssprop --rtk-poll-bar-color - Colour of the result bars (default: brand).
 * @cssprop --rtk-poll-background - Background of the poll.
 *
 * @fires rtkVotePoll - About to vote; `detail` is `{ id, index }`. Cancelable.
 * @fires rtkNotification - The vote was rejected.
 */
export class RtkPoll extends RtkElement {
  static override strings = { ...pollsStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, inlineAlert, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.polls, 'pollsUpdate'],
    [m.self?.permissions, 'pollsUpdate', 'permissionsUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** The poll to show (as in `meeting.polls.items`). */
  @property({ attribute: false }) poll?: Poll;

  /** Instead of `poll`: the id of a poll in `meeting.polls.items`; nothing shows until it exists. Our addition. */
  @property({ attribute: 'poll-id' }) pollId?: string;

  /** The local user's user id (default: `meeting.self.userId`). */
  @property() self?: string;

  /** The local user's permissions (default: `meeting.self.permissions`). */
  @property({ attribute: false }) permissions?: PollPermissionsInput;

  /** The option chosen in the radio group, not yet voted. */
  @state() private selected?: number;

  /** "Vote" was pressed with nothing chosen. */
  @state() private needsChoice = false;

  /** Milliseconds a vote waits for the meeting to count it before saying it was not. Our addition. */
  @property({ type: Number, attribute: 'vote-timeout' }) voteTimeout = 10_000;

  /** The option self voted for in this session (anonymous polls do not say who voted what). */
  @state() private ownVote?: number;

  /** A vote sent and not yet counted by the meeting (its echo). */
  @state() private awaitingVote?: number;

  /** The last vote was never counted. */
  @state() private voteLost = false;

  private voteTimer?: ReturnType<typeof setTimeout>;

  @query('[part="status"][data-voted]') private votedStatus?: HTMLElement;

  private focusAfterVote = false;

  /** The newest copy of the poll: from the meeting when it has it, else the property. */
  get currentPoll(): Poll | undefined {
    const id = this.poll?.id ?? this.pollId;
    if (!id) return this.poll;
    const items = this.activeMeeting?.polls?.items;
    return (Array.isArray(items) ? items.find((p) => p?.id === id) : undefined) ?? this.poll;
  }

  private get selfId(): string | undefined {
    return this.self ?? this.activeMeeting?.self.userId;
  }

  private get rights(): { canVote: boolean; canView: boolean } {
    const polls = (this.permissions ?? this.activeMeeting?.self.permissions)
      ?.polls as PollPermissionsInput['polls'];
    return {
      canVote: polls?.canVote !== false,
      canView: (polls?.canView ?? polls?.canViewResults) !== false,
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.voteTimer);
  }

  /** The meeting counted self's vote (`voted` has self's user id). */
  private counted(): boolean {
    const id = this.selfId;
    return id !== undefined && Boolean(this.currentPoll?.voted?.includes(id));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.awaitingVote !== undefined && this.counted()) {
      clearTimeout(this.voteTimer);
      this.ownVote = this.awaitingVote;
      this.awaitingVote = undefined;
      this.selected = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterVote && this.votedStatus) {
      this.focusAfterVote = false;
      this.votedStatus.focus();
    }
  }

  private handleChoice = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.selected = Number(input.value);
    this.needsChoice = false;
  };

  private handleSubmit = (event: Event): void => {
    event.preventDefault();
    void this.vote();
  };

  private async vote(): Promise<void> {
    const poll = this.currentPoll;
    if (!poll || this.action.isPending('vote')) return;
    const index = this.selected;
    if (index === undefined) {
      this.needsChoice = true;
      return;
    }
    if (!this.dispatchEvent(new RtkVotePollEvent({ id: poll.id, index }))) return;
    const polls = this.activeMeeting?.polls;
    if (!polls) return;
    // The vote button goes away when it succeeds: focus moves to "You voted".
    this.focusAfterVote = this.matches(':focus-within');
    this.voteLost = false;
    const result = await this.action.run('vote', () => polls.vote(poll.id, index), {
      action: this.localize('polls.vote'),
    });
    if (!result.ok) {
      this.focusAfterVote = false;
      return;
    }
    // The real client resolves before the server counts the vote: wait for the poll to say so.
    if (this.counted()) {
      this.ownVote = index;
      this.selected = undefined;
      return;
    }
    this.awaitingVote = index;
    clearTimeout(this.voteTimer);
    this.voteTimer = setTimeout(() => {
      if (this.awaitingVote === undefined || this.counted()) return;
      // Not counted: the choice stays selected, to vote again.
      this.awaitingVote = undefined;
      this.focusAfterVote = false;
      this.voteLost = true;
    }, this.voteTimeout);
  }

  override render() {
    const poll = this.currentPoll;
    if (!poll) return nothing;
    const selfId = this.selfId;
    const { canVote, canView } = this.rights;
    const voted =
      (selfId !== undefined && poll.voted?.includes(selfId)) || this.ownVote !== undefined;
    const mine = selfId !== undefined && poll.createdByUserId === selfId;
    const showResults = canView && (!poll.hideVotes || voted || mine);
    const t = this.localize;
    return html`<article part="container" aria-labelledby="question">
      <h3 part="question" id="question">${poll.question}</h3>
      <p part="meta">
        <span>${mine ? t('polls.by_you') : t('polls.by', { name: poll.createdBy })}</span>
        ${poll.anonymous ? html`<span class="tag">${t('polls.anonymous')}</span>` : nothing}
        ${poll.hideVotes ? html`<span class="tag">${t('polls.hidden_votes')}</span>` : nothing}
      </p>
      ${canVote && !voted ? this.renderVote(poll) : nothing}
      ${
        voted
          ? html`<p part="status" data-voted tabindex="-1" role="status">${renderIcon('check', this.icons, paths.check)}
            ${t('polls.voted')}</p>`
          : nothing
      }
      ${showResults ? this.renderResults(poll, selfId) : nothing}
      ${
        !showResults && canView && canVote && !voted
          ? html`<p part="status">${t('polls.results_hidden')}</p>`
          : nothing
      }
    </article>`;
  }

  private renderVote(poll: Poll) {
    const t = this.localize;
    const pending = this.action.isPending('vote') || this.awaitingVote !== undefined;
    return html`${
      this.voteLost
        ? html`<p part="vote-error" class="inline-alert" role="alert">${t('polls.vote_not_counted')}</p>`
        : nothing
    }<form @submit=${this.handleSubmit} novalidate>
      <fieldset part="options" aria-labelledby="question" aria-describedby=${this.needsChoice ? 'choose' : nothing}>
        ${poll.options.map(
          (option, index) => html`<label part="option">
            <input
              type="radio"
              name="choice"
              .value=${String(index)}
              .checked=${this.selected === index}
              ?disabled=${pending}
              @change=${this.handleChoice}
            />
            <span>${option.text}</span>
          </label>`,
        )}
      </fieldset>
      <p class="error" id="choose" role="alert">${this.needsChoice ? t('polls.choose') : nothing}</p>
      <rtk-button part="vote-button" type="button" .loading=${pending} @click=${this.handleSubmit}
        >${t('polls.vote')}</rtk-button
      >
    </form>`;
  }

  private renderResults(poll: Poll, selfId: string | undefined) {
    const t = this.localize;
    const total = poll.options.reduce((sum, o) => sum + (Number(o.count) || 0), 0);
    return html`<ul part="results">
        ${poll.options.map((option, index) => {
          const count = Number(option.count) || 0;
          const share = total ? count / total : 0;
          const percent = t.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });
          const mine =
            this.ownVote === index ||
            (selfId !== undefined && option.votes?.some((v) => v.id === selfId) === true);
          return html`<li part="result" class=${mine ? 'mine' : ''}>
            <div class="row">
              <span class="text">${option.text}</span>
              ${mine ? html`<span class="tag">${t('polls.your_vote')}</span>` : nothing}
              <span class="count">${t('polls.result', { count, percent })}</span>
            </div>
            <div part="bar" aria-hidden="true"><span ${styleProps({ 'inline-size': `${Math.round(share * 1000) / 10}%` })}></span></div>
            ${poll.anonymous ? nothing : this.renderVoters(option.votes ?? [])}
          </li>`;
        })}
      </ul>
      <p part="status">${t('polls.total', { count: total })}</p>`;
  }

  private renderVoters(votes: readonly { id: string; name: string }[]) {
    if (!votes.length) return nothing;
    const t = this.localize;
    // A "unit" list joins with commas in every language, with no English "and" in the names.
    const list = new Intl.ListFormat(t.locale, { type: 'unit', style: 'short' });
    const names = list.format(votes.slice(0, NAMES_SHOWN).map((v) => v.name));
    const rest = votes.length - NAMES_SHOWN;
    return html`<p part="voters">
      ${rest > 0 ? t('polls.voters_more', { names, count: rest }) : t('polls.voters', { names })}
    </p>`;
  }
}
