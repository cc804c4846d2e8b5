import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { stageRequestTimesOf } from '../../internal/meeting-stores.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { errorStrings } from '../../i18n/en/error.js';
import { stageStrings } from '../../i18n/en/stage.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Meeting } from '../../meeting/meeting.js';
import type { StageRequest } from '../../meeting/stage.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './stage-requests.styles.js';

/** How often the "Asked 2 minutes ago" texts are refreshed, in milliseconds. */
const CLOCK_MS = 20_000;

/**
 * The host's queue of requests to join the stage of a webinar or livestream: who asked and when
 * (relative, localized), Accept or Deny for each (`stage.grantAccess([userId])`,
 * `stage.denyAccess([userId])`), and Accept all / Deny all. The list is read from
 * `stage.getAccessRequests()` and follows `stageAccessRequestUpdate` and `newStageRequest` live,
 * so a request that is withdrawn, or whose person leaves, disappears by itself.
 *
 * Rows are keyed by user and shown `page-size` at a time (the next page comes on scrolling to
 * the end or from a "Show more" button), so a queue of hundreds renders at once and answering one
 * request touches one row. While a call is in flight its button is busy;
 * a rejected call becomes an `rtkNotification` and the row stays, as the meeting still lists it.
 *
 * Hidden (the element sets its `hidden` attribute) without a stage module, when the preset has no
 * stage (`stageEnabled`) or may not accept requests (`acceptStageRequests`). Usable on its own or
 * inside `rtk-participants`. Our addition; `rtk-participants-stage-queue` is the official name.
 *
 * @csspart header - The row with the heading and the bulk buttons.
 * @csspart heading - The "Stage requests" heading.
 * @csspart heading-count - The number of requests in the heading.
 * @csspart accept-all-button - Accept all.
 * @csspart deny-all-button - Deny all.
 * @csspart scroller - The scrolling box around the list.
 * @csspart list - The `<ul>` of requests.
 * @csspart request - Each `<li>`.
 * @csspart avatar - The `rtk-avatar` of each row.
 * @csspart name - The name of each row.
 * @csspart time - When each request was made.
 * @csspart accept-button - Accept, in each row.
 * @csspart deny-button - Deny, in each row.
 * @csspart load-more - The "Show more" button.
 * @csspart empty - The text shown when no one asked.
 *
 * @cssprop --rtk-stage-requests-max-height - Greatest height of the list before it scrolls.
 * @cssprop --rtk-stage-requests-background - Background.
 *
 * @fires rtkNotification - When accepting or denying failed.
 */
export class RtkStageRequests extends RtkElement {
  static override strings = { ...stageStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  /** True when the local user of `meeting` may see and answer stage requests. */
  static canManage(meeting: Meeting | undefined): boolean {
    const permissions = meeting?.self?.permissions;
    return (
      typeof meeting?.stage?.getAccessRequests === 'function' &&
      Boolean(permissions?.stageEnabled) &&
      Boolean(permissions?.acceptStageRequests)
    );
  }

  protected readonly events = new MeetingController(this, (m) => [
    [m.stage, 'stageAccessRequestUpdate', 'newStageRequest'],
    [m.self?.permissions, 'permissionsUpdate'],
    // A person who leaves takes their request along.
    [m.participants?.joined, 'participantLeft'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** Hides the heading and the bulk buttons (when a parent shows its own). */
  @property({ type: Boolean, attribute: 'hide-header' }) hideHeader = false;

  /** How many rows are shown at first, and added by each "Load more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Where the list is shown (`sidebar` or `full`); accepted for the official kit's API. */
  @property() view?: string;

  private clock?: ReturnType<typeof setInterval>;

  /** How many rows are shown (grows by `pageSize` with "Show more" or scrolling to the end). */
  @state() private shownCount = 0;

  /** Which bulk action runs (or ran last), to show the spinner on its button. */
  private pendingBulk?: 'accept' | 'deny';

  /** The pending requests, oldest first, as the meeting lists them now. */
  get requests(): StageRequest[] {
    const meeting = this.activeMeeting;
    if (!RtkStageRequests.canManage(meeting)) return [];
    try {
      return meeting!.stage!.getAccessRequests()?.stageRequests ?? [];
    } catch {
      // The SDK throws when the stage is off or the permission just went away.
      return [];
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.clock = setInterval(() => {
      if (this.requests.length > 0) this.requestUpdate();
    }, CLOCK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    this.clock = undefined;
  }

  /** Lets one person on the stage. Resolves when the call settled (a failure is notified). */
  async accept(request: StageRequest): Promise<void> {
    const stage = this.activeMeeting?.stage;
    if (!stage || this.action.isPending('all')) return;
    if (this.rowBusy(request)) return;
    await this.action.run(`accept:${request.userId}`, () => stage.grantAccess([request.userId]), {
      action: this.localize('stage.accept', { name: request.displayName }),
    });
  }

  /** Turns one request down. */
  async deny(request: StageRequest): Promise<void> {
    const stage = this.activeMeeting?.stage;
    if (!stage || this.action.isPending('all')) return;
    if (this.rowBusy(request)) return;
    await this.action.run(`deny:${request.userId}`, () => stage.denyAccess([request.userId]), {
      action: this.localize('stage.deny', { name: request.displayName }),
    });
  }

  /** Lets everyone who asked on the stage. */
  async acceptAll(): Promise<void> {
    const stage = this.activeMeeting?.stage;
    const ids = this.requests.map((r) => r.userId);
    if (!stage || ids.length === 0 || this.action.isPending()) return;
    this.pendingBulk = 'accept';
    await this.action.run('all', () => stage.grantAccess(ids), {
      action: this.localize('stage.accept_all'),
    });
  }

  /** Turns every request down. */
  async denyAll(): Promise<void> {
    const stage = this.activeMeeting?.stage;
    const ids = this.requests.map((r) => r.userId);
    if (!stage || ids.length === 0 || this.action.isPending()) return;
    this.pendingBulk = 'deny';
    await this.action.run('all', () => stage.denyAccess(ids), {
      action: this.localize('stage.deny_all'),
    });
  }

  private rowBusy(request: StageRequest): boolean {
    return (
      this.action.isPending(`accept:${request.userId}`) ||
      this.action.isPending(`deny:${request.userId}`)
    );
  }

  private showMore = (): void => {
    this.shownCount = Math.max(this.pageSize, this.shownCount) + this.pageSize;
  };

  private handleScroll = (event: Event): void => {
    const box = event.currentTarget as HTMLElement;
    // Near the end: show the next page before the person reaches it.
    if (
      box.scrollTop + box.clientHeight >= box.scrollHeight - 48 &&
      this.requests.length > Math.max(this.pageSize, this.shownCount)
    ) {
      this.showMore();
    }
  };

  private handleAcceptAll = (): void => void this.acceptAll();

  private handleDenyAll = (): void => void this.denyAll();

  /** Remembers when each request first appeared and forgets withdrawn ones. */
  private timesOf(requests: StageRequest[]): Map<string, number> {
    const meeting = this.activeMeeting;
    if (!meeting?.stage) return new Map();
    const times = stageRequestTimesOf(meeting);
    const now = Date.now();
    const current = new Set<string>();
    for (const r of requests) {
      current.add(r.userId);
      if (!times.has(r.userId)) times.set(r.userId, now);
    }
    if (times.size > current.size)
      for (const id of times.keys()) if (!current.has(id)) times.delete(id);
    return times;
  }

  protected override updated(): void {
    this.hidden = !RtkStageRequests.canManage(this.activeMeeting);
  }

  override render() {
    const meeting = this.activeMeeting;
    if (!RtkStageRequests.canManage(meeting)) return nothing;
    const requests = this.requests;
    const times = this.timesOf(requests);
    const now = Date.now();
    const bulkBusy = this.action.isPending('all');
    return html`${this.hideHeader ? nothing : this.renderHeader(requests.length, bulkBusy)}
    ${
      requests.length === 0
        ? html`<p part="empty">${this.localize('stage.requests_empty')}</p>`
        : this.renderList(requests, times, now, bulkBusy)
    }`;
  }

  private renderList(
    requests: StageRequest[],
    times: Map<string, number>,
    now: number,
    bulkBusy: boolean,
  ) {
    const shown = requests.slice(0, Math.max(this.pageSize, this.shownCount));
    const left = requests.length - shown.length;
    return html`<div part="scroller" @scroll=${this.handleScroll}>
      <ul part="list" aria-label=${this.localize('stage.requests_label')}>
        ${repeat(
          shown,
          (r) => r.userId,
          (r) => this.renderRequest(r, times.get(r.userId) ?? now, now, bulkBusy),
        )}
      </ul>
      ${
        left > 0
          ? html`<rtk-button part="load-more" variant="ghost" kind="wide" .size=${this.size} @click=${this.showMore}
            >${this.localize('stage.show_more', { count: Math.min(left, this.pageSize) })}</rtk-button
          >`
          : nothing
      }
    </div>`;
  }

  private renderHeader(count: number, bulkBusy: boolean) {
    return html`<div part="header">
      <h3 part="heading">
        ${this.localize('stage.requests_title')}
        <span part="heading-count">${this.localize('stage.requests_count', { count })}</span>
      </h3>
      ${
        count > 0
          ? html`<div class="bulk">
            <rtk-button
              part="deny-all-button"
              variant="secondary"
              .size=${this.size}
              ?loading=${bulkBusy && this.pendingBulk === 'deny'}
              ?disabled=${bulkBusy && this.pendingBulk !== 'deny'}
              @click=${this.handleDenyAll}
              >${this.localize('stage.deny_all')}</rtk-button
            >
            <rtk-button
              part="accept-all-button"
              variant="primary"
              .size=${this.size}
              ?loading=${bulkBusy && this.pendingBulk === 'accept'}
              ?disabled=${bulkBusy && this.pendingBulk !== 'accept'}
              @click=${this.handleAcceptAll}
              >${this.localize('stage.accept_all')}</rtk-button
            >
          </div>`
          : nothing
      }
    </div>`;
  }

  private renderRequest(r: StageRequest, askedAt: number, now: number, bulkBusy: boolean) {
    const name = r.displayName;
    const person = this.activeMeeting?.participants?.joined?.get?.(r.peerId);
    const accepting = this.action.isPending(`accept:${r.userId}`);
    const denying = this.action.isPending(`deny:${r.userId}`);
    const time =
      now - askedAt < 60_000
        ? this.localize('stage.requested_now')
        : this.localize('stage.requested_at', {
            time: this.localize.formatRelativeTime(askedAt, now),
          });
    return html`<li part="request">
      <rtk-avatar part="avatar" decorative .name=${name} .picture=${person?.picture}></rtk-avatar>
      <div class="who">
        <span part="name">${name}</span>
        <span part="time">${time}</span>
      </div>
      <div class="actions">
        <rtk-button
          part="deny-button"
          kind="icon"
          variant="secondary"
          .size=${this.size}
          label=${this.localize('stage.deny', { name })}
          ?loading=${denying}
          ?disabled=${bulkBusy || accepting}
          @click=${() => void this.deny(r)}
          >${renderIcon('close', this.icons, paths.close)}</rtk-button
        >
        <rtk-button
          part="accept-button"
          kind="icon"
          variant="primary"
          .size=${this.size}
          label=${this.localize('stage.accept', { name })}
          ?loading=${accepting}
          ?disabled=${bulkBusy || denying}
          @click=${() => void this.accept(r)}
          >${renderIcon('check', this.icons, paths.check)}</rtk-button
        >
      </div>
    </li>`;
  }
}
