import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { RtkCreatePollEvent, type RtkCreatePollDetail } from '../../events/rtk-create-poll.js';
import { RtkPollCreatedEvent } from '../../events/rtk-poll-created.js';
import { errorStrings } from '../../i18n/en/error.js';
import { pollsStrings } from '../../i18n/en/polls.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import { inlineAlert } from '../../styles/inline-alert.styles.js';
import styles from './poll-form.styles.js';

/** Fewest options a poll can have. */
const MIN_OPTIONS = 2;

interface OptionField {
  /** Stable key, so an input keeps its focus and value when another is removed. */
  key: number;
  text: string;
}

type FieldErrors = { question?: string; options: (string | undefined)[] };

/**
 * A form to create a poll: a question, two or more options (add and remove, up to `maxOptions`),
 * "anonymous" and "hide results until people vote".
 *
 * On "Create poll" the fields are checked; each problem is written under its field (which is
 * marked invalid and described by it), a summary is announced, and focus moves to the first
 * field to fix. A valid poll fires the cancelable `rtkCreatePoll`; unless a listener prevents it,
 * the form calls `meeting.polls.create(question, options, anonymous, hideVotes)`.
 *
 * Confirmed by echo: the real client resolves `create` as soon as the request is sent, and a
 * refused one brings no event. So the form stays as it is, read-only, its button "Creating…",
 * until the poll arrives (`pollsUpdate` with a new poll of the local user with this question and
 * these options); then it is cleared and fires `rtkPollCreated`. When no poll came within
 * `creationTimeout`, the form is editable again with everything typed and says the poll was not
 * created. A rejected call fires an `rtkNotification` and keeps what was typed. Enter in an option
 * moves to the next one (adding one at the end while allowed).
 *
 * Renders nothing when the meeting has no polls module or the preset may not create polls.
 *
 * @csspart form - The `<form>`.
 * @csspart title - The "New poll" heading.
 * @csspart question - The question's text field.
 * @csspart option - An option's text field.
 * @csspart remove-option - The button that removes an option.
 * @csspart add-option - The "Add option" button.
 * @csspart error - A field's error message.
 * @csspart summary - The announced summary of the errors.
 * @csspart anonymous - The "anonymous" switch.
 * @csspart hide-votes - The "hide results" switch.
 * @csspart submit - The "Create poll" button.
 * @csspart not-created - The message shown when the poll did not arrive.
 *
 * @cssprop --rtk-poll-form-background - Background of the form.
 *
 * @fires rtkCreatePoll - About to create a poll; `detail` is `{ question, options, anonymous, hideVotes }`. Cancelable.
 * @fires rtkPollCreated - The poll was created and the form cleared; same `detail`. Our addition.
 * @fires rtkNotification - Creating the poll was rejected.
 */
export class RtkPollForm extends RtkElement {
  static override strings = { ...pollsStrings, ...errorStrings };

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, inlineAlert, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.self?.permissions, 'pollsUpdate', 'permissionsUpdate'],
      [m.polls, 'pollsUpdate'],
    ],
    { onEvent: (event, args) => this.handlePolls(event, args) },
  );

  private readonly action = new ActionController(this, () => this.localize);

  /** Most options a poll may have (our addition; at least 2). */
  @property({ type: Number, attribute: 'max-options' }) maxOptions = 10;

  /** Longest question, in characters (our addition). */
  @property({ type: Number, attribute: 'max-question-length' }) maxQuestionLength = 500;

  /** Milliseconds to wait for the created poll to arrive before saying it was not created. Our addition. */
  @property({ type: Number, attribute: 'creation-timeout' }) creationTimeout = 10_000;

  /** The poll asked for, until it arrives (or does not). */
  @state() private awaiting?: { detail: RtkCreatePollDetail; before: Set<string> };

  /** The last poll asked for never arrived. */
  @state() private notCreated = false;

  private awaitTimer?: ReturnType<typeof setTimeout>;

  @state() private question = '';
  @state() private options: OptionField[] = [];
  @state() private anonymous = false;
  @state() private hideVotes = false;
  /** Errors are shown (and kept current) once a submit was tried. */
  @state() private checked = false;

  private nextKey = 0;
  /** Where focus should go after the next render. */
  private focusTarget?: string;

  constructor() {
    super();
    this.options = this.blankOptions();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.awaitTimer);
  }

  /** Clears the form. */
  reset(): void {
    this.notCreated = false;
    this.question = '';
    this.options = this.blankOptions();
    this.anonymous = false;
    this.hideVotes = false;
    this.checked = false;
  }

  private blankOptions(): OptionField[] {
    return Array.from({ length: MIN_OPTIONS }, () => ({ key: this.nextKey++, text: '' }));
  }

  private get limit(): number {
    return Math.max(MIN_OPTIONS, Math.floor(this.maxOptions) || MIN_OPTIONS);
  }

  private get allowed(): boolean {
    const meeting = this.activeMeeting;
    if (!meeting) return true;
    return Boolean(meeting.polls) && meeting.self.permissions?.polls?.canCreate !== false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusTarget) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
      this.focusTarget = undefined;
      target?.focus();
    }
  }

  private validate(): FieldErrors {
    const t = this.localize;
    const question = this.question.trim();
    const errors: FieldErrors = { options: [] };
    if (!question) errors.question = t('polls.error_question');
    else if (question.length > this.maxQuestionLength) {
      errors.question = t('polls.error_question_long', { max: this.maxQuestionLength });
    }
    const seen = new Set<string>();
    errors.options = this.options.map(({ text }) => {
      const value = text.trim();
      if (!value) return t('polls.error_option');
      const folded = value.toLocaleLowerCase();
      if (seen.has(folded)) return t('polls.error_duplicate');
      seen.add(folded);
      return undefined;
    });
    return errors;
  }

  private static count(errors: FieldErrors): number {
    return (errors.question ? 1 : 0) + errors.options.filter(Boolean).length;
  }

  private handleQuestion = (event: Event): void => {
    this.question = (event.target as HTMLInputElement).value;
  };

  private handleOption = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const key = Number(input.dataset.key);
    this.options = this.options.map((o) => (o.key === key ? { ...o, text: input.value } : o));
  };

  private handleOptionKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    const key = Number((event.target as HTMLInputElement).dataset.key);
    const index = this.options.findIndex((o) => o.key === key);
    const next = this.options[index + 1];
    if (next) this.focusTarget = `[data-key="${next.key}"]`;
    else if (this.options.length < this.limit) this.addOption();
    else this.focusTarget = '[part="submit"]';
    this.requestUpdate();
  };

  private handleQuestionKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.focusTarget = `[data-key="${this.options[0]?.key}"]`;
    this.requestUpdate();
  };

  private addOption = (): void => {
    if (this.options.length >= this.limit) return;
    const key = this.nextKey++;
    this.options = [...this.options, { key, text: '' }];
    this.focusTarget = `[data-key="${key}"]`;
  };

  private removeOption(key: number): void {
    if (this.options.length <= MIN_OPTIONS) return;
    const index = this.options.findIndex((o) => o.key === key);
    this.options = this.options.filter((o) => o.key !== key);
    const neighbour = this.options[Math.min(index, this.options.length - 1)];
    this.focusTarget = neighbour ? `[data-key="${neighbour.key}"]` : undefined;
  }

  private handleSwitch(field: 'anonymous' | 'hideVotes') {
    return (event: CustomEvent<boolean>) => {
      // The switch's own change event stays inside the form.
      event.stopPropagation();
      this[field] = Boolean(event.detail);
    };
  }

  private handleSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submit();
  };

  private async submit(): Promise<void> {
    if (this.action.isPending('create')) return;
    this.checked = true;
    const errors = this.validate();
    if (RtkPollForm.count(errors)) {
      const firstOption = this.options.find((_, i) => errors.options[i]);
      this.focusTarget = errors.question ? '[part="question"]' : `[data-key="${firstOption?.key}"]`;
      return;
    }
    const detail: RtkCreatePollDetail = {
      question: this.question.trim(),
      options: this.options.map((o) => o.text.trim()),
      anonymous: this.anonymous,
      hideVotes: this.hideVotes,
    };
    if (!this.dispatchEvent(new RtkCreatePollEvent(detail))) return;
    const polls = this.activeMeeting?.polls;
    if (!polls) return;
    this.notCreated = false;
    const items = Array.isArray(polls.items) ? polls.items : [];
    this.awaiting = { detail, before: new Set(items.map((p) => p?.id)) };
    const result = await this.action.run(
      'create',
      () => polls.create(detail.question, detail.options, detail.anonymous, detail.hideVotes),
      { action: this.localize('polls.submit') },
    );
    if (!result.ok) {
      this.awaiting = undefined;
      return;
    }
    if (this.arrived()) return;
    clearTimeout(this.awaitTimer);
    this.awaitTimer = setTimeout(() => {
      if (!this.awaiting || this.arrived()) return;
      // No poll: everything typed is still in the form, editable again.
      this.awaiting = undefined;
      this.notCreated = true;
      this.focusTarget = '[part="submit"]';
    }, this.creationTimeout);
  }

  private handlePolls(event: string, args: unknown[]): void {
    if (event === 'pollsUpdate' && args.length && this.awaiting) this.arrived();
  }

  /** When the poll asked for is in `polls.items`: clears the form and says so. */
  private arrived(): boolean {
    const awaiting = this.awaiting;
    const meeting = this.activeMeeting;
    if (!awaiting || !meeting?.polls) return false;
    const { detail, before } = awaiting;
    const self = meeting.self?.userId;
    const items = Array.isArray(meeting.polls.items) ? meeting.polls.items : [];
    const poll = items.find(
      (p) =>
        p &&
        !before.has(p.id) &&
        p.createdByUserId === self &&
        p.question === detail.question &&
        p.options?.length === detail.options.length &&
        p.options.every((o, i) => o?.text === detail.options[i]),
    );
    if (!poll) return false;
    clearTimeout(this.awaitTimer);
    this.awaiting = undefined;
    this.reset();
    this.dispatchEvent(new RtkPollCreatedEvent(detail));
    return true;
  }

  override render() {
    if (!this.allowed) return nothing;
    const t = this.localize;
    const errors = this.checked ? this.validate() : { options: [] };
    const problems = RtkPollForm.count(errors);
    const pending = this.action.isPending('create') || Boolean(this.awaiting);
    const removable = this.options.length > MIN_OPTIONS;
    return html`<form part="form" novalidate aria-labelledby="title" @submit=${this.handleSubmit}>
      <h3 part="title" id="title">${t('polls.form_title')}</h3>
      <p part="summary" role="alert">${problems ? t('polls.error_summary', { count: problems }) : nothing}</p>
      <div class="field">
        <label for="question">${t('polls.question')}</label>
        <input
          id="question"
          part="question"
          type="text"
          autocomplete="off"
          .value=${this.question}
          ?readonly=${pending}
          aria-invalid=${errors.question ? 'true' : 'false'}
          aria-describedby="question-error"
          @input=${this.handleQuestion}
          @keydown=${this.handleQuestionKey}
        />
        <p part="error" id="question-error">${errors.question ?? nothing}</p>
      </div>
      <fieldset aria-describedby="limit">
        <legend>${t('polls.options')}</legend>
        ${repeat(
          this.options,
          (o) => o.key,
          (option, index) => {
            const label = t('polls.option', { number: index + 1 });
            const error = errors.options[index];
            return html`<div class="field">
              <label for=${`option-${option.key}`}>${label}</label>
              <div class="option-row">
                <input
                  id=${`option-${option.key}`}
                  part="option"
                  type="text"
                  autocomplete="off"
                  data-key=${option.key}
                  .value=${option.text}
                  ?readonly=${pending}
                  aria-invalid=${error ? 'true' : 'false'}
                  aria-describedby=${`option-error-${option.key}`}
                  @input=${this.handleOption}
                  @keydown=${this.handleOptionKey}
                />
                ${
                  removable
                    ? html`<rtk-button
                      part="remove-option"
                      kind="icon"
                      variant="ghost"
                      .label=${t('polls.remove_option', { number: index + 1 })}
                      .disabled=${pending}
                      @click=${() => this.removeOption(option.key)}
                      >${renderIcon('close', this.icons, paths.close)}</rtk-button
                    >`
                    : nothing
                }
              </div>
              <p part="error" id=${`option-error-${option.key}`}>${error ?? nothing}</p>
            </div>`;
          },
        )}
        <p class="hint" id="limit">${t('polls.options_limit', { max: this.limit })}</p>
        ${
          this.options.length < this.limit
            ? html`<rtk-button part="add-option" variant="ghost" .disabled=${pending} @click=${this.addOption}>
              <span slot="start">${renderIcon('plus', this.icons, paths.plus)}</span>${t('polls.add_option')}
            </rtk-button>`
            : nothing
        }
      </fieldset>
      <rtk-switch
        part="anonymous"
        .checked=${this.anonymous}
        .disabled=${pending}
        .label=${t('polls.anonymous_label')}
        @rtkChange=${this.handleSwitch('anonymous')}
      ></rtk-switch>
      <rtk-switch
        part="hide-votes"
        .checked=${this.hideVotes}
        .disabled=${pending}
        .label=${t('polls.hide_votes_label')}
        @rtkChange=${this.handleSwitch('hideVotes')}
      ></rtk-switch>
      ${
        this.notCreated
          ? html`<p part="not-created" class="inline-alert" role="alert">${t('polls.not_created')}</p>`
          : nothing
      }
      <rtk-button part="submit" type="button" .loading=${pending} @click=${this.handleSubmit}>${t(pending ? 'polls.creating' : 'polls.submit')}</rtk-button>
    </form>`;
  }
}
