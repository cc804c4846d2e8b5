import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { aiStrings } from '../../i18n/en/ai.js';
import { errorStrings } from '../../i18n/en/error.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { TranscriptionData } from '../../meeting/ai.js';
import {
  download,
  groupLines,
  matchRanges,
  toText,
  toVtt,
  TranscriptBook,
  type TranscriptGroup,
  type TranscriptLine,
} from '../../internal/transcript-lines.js';
import type { RtkMessageListView } from '../message-list-view/message-list-view.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './ai-transcriptions.styles.js';

/** One search result: a line, and which of its matches. */
interface Match {
  group: number;
  key: string;
  nth: number;
}

/**
 * The meeting's whole transcript, live: what each person said, grouped by speaker and time
 * (`meeting.ai.transcripts`, then every `transcript` event; a partial result shows in its line,
 * marked "speaking…", until the final one replaces it). The list is virtualized (only the groups
 * in view are rendered), so a two-hour meeting scrolls smoothly; it follows the newest line until
 * the person scrolls up, then "Jump to live" brings it back.
 *
 * Search finds words in every line (ignoring case and accents), highlights them, and steps
 * through the results (Enter, Shift+Enter). "Copy transcript" puts the text on the clipboard;
 * "Download .txt" and "Download WebVTT" save it as a file (`[time] Name: words`, or WebVTT cues
 * with the speaker as a voice). On first show it asks the meeting for the transcript so far
 * (`ai.getActiveTranscript()`); a failure is a notification and the live lines still show.
 *
 * Names and words are shown as text. Renders a notice when the preset does not allow transcription,
 * and nothing without `meeting.ai` (or `initialTranscriptions`).
 *
 * @csspart toolbar - Search and the actions.
 * @csspart search - The search field.
 * @csspart list - The `rtk-message-list-view` of the groups.
 * @csspart group - One speaker's lines.
 * @csspart name - The speaker's name.
 * @csspart time - When they started.
 * @csspart who - The row with the speaker's name and time.
 * @csspart line - One line (a partial one also has `partial`).
 * @csspart speaking - "speaking…" after a partial line.
 * @csspart match - A search match (the current one also has `current`).
 * @csspart empty - Shown before anyone spoke.
 * @csspart jump-to-live - "Jump to live", shown while scrolled up.
 *
 * @fires rtkNotification - When copying or loading the earlier transcript failed.
 * @fires rtkApiError - When `ai.getActiveTranscript()` failed.
 */
export class RtkAiTranscriptions extends RtkElement {
  static override strings = { ...aiStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.ai, 'transcript'],
      [m.self?.permissions, 'permissionsUpdate'],
    ],
    {
      onEvent: (event, args) => {
        if (event === 'transcript') this.live.push(args[0] as TranscriptionData);
      },
    },
  );

  protected readonly actions = new ActionController(this, () => this.localize);

  /** Lines to show before the meeting's own (e.g. a transcript saved earlier). */
  @property({ attribute: false }) initialTranscriptions?: TranscriptionData[];

  @state() private query = '';

  /** Which search result is current. */
  @state() private current = 0;

  @state() private status = '';

  @query('rtk-message-list-view') private list?: RtkMessageListView;

  /** Results heard while shown, after the source's lines. */
  private live: TranscriptionData[] = [];

  private book = new TranscriptBook();
  private source?: readonly TranscriptionData[];
  private sourceRead = 0;
  private liveRead = 0;
  private grouped?: { version: number; lineCount: number; groups: TranscriptGroup[] };
  /** Lines a result changed in place (a partial result growing) since they were grouped. */
  private touched = new Set<TranscriptLine>();
  /** The renderer handed to the list, and what it was made for: a new one redraws every row. */
  private renderer?: {
    key: unknown[];
    render: (group: TranscriptGroup, index: number) => unknown;
  };
  /** Each group's template, reused while the group and what it was drawn with are unchanged. */
  private templates = new WeakMap<TranscriptGroup, { key: unknown[]; result: unknown }>();
  private loadedFrom?: object;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watched?.removeEventListener('scroll', this.handleListScroll, true);
    this.watched = undefined;
    this.live = [];
    this.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const meeting = this.activeMeeting;
    const ai = meeting?.ai;
    // The transcript so far, asked for once per meeting this element shows.
    if (
      ai &&
      this.allowed &&
      this.loadedFrom !== ai &&
      typeof ai.getActiveTranscript === 'function'
    ) {
      this.loadedFrom = ai;
      void this.actions
        .run('load', () => ai.getActiveTranscript!(), {
          action: this.localize('ai.load_earlier'),
          trace: 'ai.getActiveTranscript',
        })
        .then(() => this.requestUpdate());
    }
  }

  private get allowed(): boolean {
    return this.activeMeeting?.self.permissions?.transcriptionEnabled !== false;
  }

  private reset(): void {
    this.book = new TranscriptBook();
    this.source = undefined;
    this.sourceRead = 0;
    this.liveRead = 0;
    this.grouped = undefined;
    this.touched.clear();
  }

  /** The lines now: the source's (read once, then only what was added), then the live ones. */
  private lines(): TranscriptLine[] {
    const source = this.initialTranscriptions ?? this.activeMeeting?.ai?.transcripts ?? [];
    if (source !== this.source || source.length < this.sourceRead) {
      // Another list (a new meeting, or the meeting replaced it): read everything again.
      this.reset();
      this.source = source;
    }
    if (this.sourceRead < source.length || this.liveRead < this.live.length) {
      // Live results already read stay after the source's new lines only when they are newer.
      for (; this.sourceRead < source.length; this.sourceRead++)
        this.addLine(source[this.sourceRead]);
      for (; this.liveRead < this.live.length; this.liveRead++)
        this.addLine(this.live[this.liveRead]);
    }
    return this.book.lines;
  }

  private addLine(data: unknown): void {
    const count = this.book.lines.length;
    const line = this.book.add(data);
    if (line && this.book.lines.length === count) this.touched.add(line);
  }

  /**
   * The groups of the lines. A new line or a line that changed gives its group a new object (the
   * same key) and leaves every other group as it was, so only that row is drawn again; the work
   * does not grow with the transcript (a changed line is looked for from the newest group back).
   */
  private groups(): TranscriptGroup[] {
    const lines = this.lines();
    const last = this.grouped;
    if (last?.version === this.book.version) return last.groups;
    const groups = last ? [...last.groups] : [];
    let whole = !last;
    for (const line of this.touched) {
      let index = groups.length - 1;
      while (index >= 0 && !groups[index]!.lines.includes(line)) index--;
      if (index < 0) continue;
      const group = groups[index]!;
      // The first line names and dates its group: when it changed, group everything again.
      if (group.lines[0] === line) whole = true;
      else groups[index] = { ...group, lines: [...group.lines] };
    }
    this.touched.clear();
    if (whole) {
      this.grouped = {
        version: this.book.version,
        lineCount: lines.length,
        groups: this.reuse(groupLines(lines), last?.groups ?? []),
      };
      return this.grouped.groups;
    }
    for (const line of lines.slice(last!.lineCount)) {
      const tail = groups.at(-1);
      const [next] = groupLines(tail ? [tail.lines.at(-1)!, line] : [line]).slice(-1);
      if (tail && next!.lines.length === 2) {
        groups[groups.length - 1] = { ...tail, lines: [...tail.lines, line] };
      } else {
        groups.push({ ...next!, lines: [line] });
      }
    }
    this.grouped = { version: this.book.version, lineCount: lines.length, groups };
    return groups;
  }

  /** `fresh` groups, with the object of `old` for each group whose lines are the same. */
  private reuse(fresh: TranscriptGroup[], old: TranscriptGroup[]): TranscriptGroup[] {
    const byKey = new Map(old.map((g) => [g.key, g]));
    return fresh.map((group) => {
      const known = byKey.get(group.key);
      const same =
        known &&
        known.name === group.name &&
        known.time === group.time &&
        known.lines.length === group.lines.length &&
        known.lines.every((line, i) => line === group.lines[i]);
      return same ? known : group;
    });
  }

  private shownRows?: {
    groups: TranscriptGroup[];
    query: string;
    current: number;
    rows: TranscriptGroup[];
  };

  /**
   * The list's items: a new array when the search or its current result changes, so that the
   * rows in view draw their highlights again.
   */
  private rows(groups: TranscriptGroup[]): TranscriptGroup[] {
    const last = this.shownRows;
    if (last?.groups !== groups || last.query !== this.query || last.current !== this.current)
      this.shownRows = { groups, query: this.query, current: this.current, rows: [...groups] };
    return this.shownRows!.rows;
  }

  private results(groups: TranscriptGroup[]): Match[] {
    const query = this.query.trim();
    if (!query) return [];
    const found: Match[] = [];
    groups.forEach((group, index) => {
      for (const line of group.lines) {
        const count = matchRanges(line.data.transcript, query).length;
        for (let nth = 0; nth < count; nth++) found.push({ group: index, key: line.key, nth });
      }
    });
    return found;
  }

  private formatClock = (time: number) =>
    this.localize.formatTime(time, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

  private fileName(ext: string): string {
    const title = this.activeMeeting?.meta?.meetingTitle?.trim() || 'meeting';
    const safe = title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'meeting';
    return `${safe}-transcript.${ext}`;
  }

  private async copy(): Promise<void> {
    const text = toText(this.lines(), this.formatClock);
    const result = await this.actions.run('copy', () => navigator.clipboard.writeText(text), {
      action: this.localize('ai.copy'),
    });
    this.status = result.ok ? this.localize('ai.copied') : '';
  }

  private downloadText(): void {
    download(
      this.fileName('txt'),
      toText(this.lines(), this.formatClock),
      'text/plain;charset=utf-8',
    );
  }

  private downloadVtt(): void {
    download(this.fileName('vtt'), toVtt(this.lines()), 'text/vtt;charset=utf-8');
  }

  private handleSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.current = 0;
    this.status = '';
    void this.updateComplete.then(() => this.showCurrent());
  };

  private handleSearchKey = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      event.stopPropagation();
      this.query = '';
    }
  };

  private step(by: number): void {
    const count = this.results(this.groups()).length;
    if (!count) return;
    this.current = (this.current + by + count) % count;
    void this.updateComplete.then(() => this.showCurrent());
  }

  /** Scrolls the current result into view. */
  private showCurrent(): void {
    const match = this.results(this.groups())[this.current];
    if (match) this.list?.scrollToItem(match.group, 'center');
  }

  /** Whether the list follows the newest line (not scrolled up). */
  @state() private atLive = true;

  private watched?: ShadowRoot;

  /** Follows the list's scrolling (its scroller is in its shadow root: scroll does not bubble). */
  private watchList(): void {
    const root = this.list?.shadowRoot ?? undefined;
    if (root === this.watched) return;
    this.watched?.removeEventListener('scroll', this.handleListScroll, true);
    this.watched = root;
    root?.addEventListener('scroll', this.handleListScroll, true);
  }

  private handleListScroll = (): void => {
    // After the list's own handler has decided whether it still follows the newest line.
    requestAnimationFrame(() => {
      const atLive = this.list?.isAtNewest ?? true;
      if (atLive !== this.atLive) this.atLive = atLive;
    });
  };

  private jumpToLive(): void {
    this.list?.scrollToNewest();
    this.atLive = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.watchList();
  }

  override render() {
    const meeting = this.activeMeeting;
    if (!this.initialTranscriptions && !meeting?.ai) return nothing;
    if (!this.allowed)
      return html`<p part="empty" class="empty">${this.localize('ai.not_allowed')}</p>`;
    const groups = this.groups();
    const matches = this.results(groups);
    const current = matches[Math.min(this.current, matches.length - 1)];
    const lines = this.book.lines;
    return html`${this.renderToolbar(matches.length, lines.length > 0)}
      ${
        groups.length
          ? html`<rtk-message-list-view
              part="list"
              .messages=${this.rows(groups)}
              .renderer=${this.rowRenderer(current)}
              .label=${this.localize('ai.list')}
              estimate-item-size="88"
            ></rtk-message-list-view>`
          : html`<p part="empty" class="empty">${this.localize('ai.empty')}</p>`
      }
      ${
        groups.length && !this.atLive
          ? html`<button part="jump-to-live" type="button" class="jump" @click=${this.jumpToLive}>
              ${renderIcon('chevron_down', this.icons, paths.chevron_down)}${this.localize('ai.jump_to_live')}
            </button>`
          : nothing
      }
      <p class="visually-hidden" role="status">${this.status}</p>`;
  }

  private renderToolbar(count: number, hasLines: boolean) {
    const searching = this.query.trim() !== '';
    const icon = (name: string, d: string) => renderIcon(name, this.icons, d);
    return html`<div part="toolbar">
      <div class="search">
        ${icon('search', paths.search)}
        <input
          part="search"
          type="search"
          .value=${this.query}
          aria-label=${this.localize('ai.search')}
          placeholder=${this.localize('ai.search')}
          @input=${this.handleSearch}
          @keydown=${this.handleSearchKey}
        />
        ${
          searching
            ? html`<span class="count" role="status"
                  >${
                    count
                      ? this.localize('ai.search_position', {
                          index: this.localize.formatNumber(Math.min(this.current, count - 1) + 1),
                          count: this.localize.formatNumber(count),
                        })
                      : this.localize('ai.search_results', { count })
                  }</span
                ><button
                  type="button"
                  class="icon"
                  aria-label=${this.localize('ai.search_previous')}
                  title=${this.localize('ai.search_previous')}
                  ?disabled=${!count}
                  @click=${() => this.step(-1)}
                >
                  ${icon('chevron_up', paths.chevron_up)}</button
                ><button
                  type="button"
                  class="icon"
                  aria-label=${this.localize('ai.search_next')}
                  title=${this.localize('ai.search_next')}
                  ?disabled=${!count}
                  @click=${() => this.step(1)}
                >
                  ${icon('chevron_down', paths.chevron_down)}
                </button>`
            : nothing
        }
      </div>
      <div class="actions">
        <button type="button" ?disabled=${!hasLines} @click=${() => void this.copy()}>
          ${icon('copy', paths.copy)}<span>${this.localize('ai.copy')}</span>
        </button>
        <button type="button" ?disabled=${!hasLines} @click=${() => this.downloadText()}>
          ${icon('download', paths.download)}<span>${this.localize('ai.download_text')}</span>
        </button>
        <button type="button" ?disabled=${!hasLines} @click=${() => this.downloadVtt()}>
          ${icon('download', paths.download)}<span>${this.localize('ai.download_vtt')}</span>
        </button>
      </div>
    </div>`;
  }

  /** The list's renderer: the same function while the search, its result and the language are. */
  private rowRenderer(current: Match | undefined) {
    const key = [this.query, current?.group, current?.key, current?.nth, this.localize];
    let renderer = this.renderer;
    if (!renderer || renderer.key.some((k, i) => k !== key[i])) {
      renderer = this.renderer = {
        key,
        render: (group: TranscriptGroup, index: number) => {
          const match = index === current?.group ? current : undefined;
          const drawn = this.templates.get(group);
          const own = [key, match];
          if (drawn && drawn.key[0] === own[0] && drawn.key[1] === own[1]) return drawn.result;
          const result = this.renderGroup(group, match);
          this.templates.set(group, { key: own, result });
          return result;
        },
      };
    }
    return renderer.render;
  }

  private renderGroup(group: TranscriptGroup, current: Match | undefined) {
    const time = group.time ? this.localize('ai.time', { time: this.formatClock(group.time) }) : '';
    const label = time ? this.localize('ai.group', { name: group.name, time }) : group.name;
    return html`<section part="group" aria-label=${label}>
      <p part="who">
        <span part="name">${group.name}</span>
        ${time ? html`<time part="time" datetime=${new Date(group.time).toISOString()}>${time}</time>` : nothing}
      </p>
      ${group.lines.map((line) => this.renderLine(line, current?.key === line.key ? current.nth : -1))}
    </section>`;
  }

  private renderLine(line: TranscriptLine, currentNth: number) {
    const text = line.data.transcript;
    const ranges = this.query.trim() ? matchRanges(text, this.query) : [];
    const parts: unknown[] = [];
    let at = 0;
    ranges.forEach(([start, end], nth) => {
      parts.push(text.slice(at, start));
      parts.push(
        html`<mark part=${nth === currentNth ? 'match current' : 'match'}>${text.slice(start, end)}</mark>`,
      );
      at = end;
    });
    parts.push(text.slice(at));
    return html`<p part=${line.data.isPartialTranscript ? 'line partial' : 'line'}>
      ${parts}${
        line.data.isPartialTranscript
          ? html` <span part="speaking">${this.localize('ai.speaking')}</span>`
          : nothing
      }
    </p>`;
  }
}
