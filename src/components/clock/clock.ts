import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { headerStrings } from '../../i18n/en/header.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './clock.styles.js';

/** Milliseconds since `start` (a `Date`, timestamp or date string), or `undefined`. */
function elapsedSince(start: unknown, now: number): number | undefined {
  if (start === undefined || start === null || start === '') return undefined;
  const time = new Date(start as string | number | Date).getTime();
  return Number.isFinite(time) ? Math.max(0, now - time) : undefined;
}

/**
 * The time since the meeting started (`meeting.meta.meetingStartedTimestamp`), as `12:05` or
 * `1:02:05` in the language's digits, with a clock icon. It is a `timer` for assistive technology
 * (not announced on every tick), labelled "Time in meeting".
 *
 * It ticks every second by rewriting its own text node: no Lit update of the clock, and none of
 * the header around it. It re-renders only when the start time changes
 * (`meetingStartTimeUpdate`). Renders nothing without a start time.
 *
 * @csspart icon - The clock icon.
 * @csspart text - The elapsed time.
 */
export class RtkClock extends RtkElement {
  static override strings = headerStrings;

  static override styles = [tokens, hostStyles, visuallyHidden, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.meta, 'meetingStartTimeUpdate'],
    [m.self, 'roomJoined'],
  ]);

  private get textEl() {
    return this.find('[part="text"]');
  }

  private timer?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer ??= setInterval(this.tick, 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    this.timer = undefined;
  }

  protected override updated(): void {
    this.tick();
  }

  /** Writes the elapsed time into the text node (no Lit update). */
  private tick = (): void => {
    const el = this.textEl;
    const elapsed = elapsedSince(this.activeMeeting?.meta?.meetingStartedTimestamp, Date.now());
    if (!el || elapsed === undefined) return;
    const text = this.localize('header.clock_time', {
      time: this.localize.formatDuration(elapsed, 'digital'),
    });
    if (el.textContent !== text) el.textContent = text;
  };

  override render() {
    if (elapsedSince(this.activeMeeting?.meta?.meetingStartedTimestamp, Date.now()) === undefined)
      return nothing;
    return html`${renderIcon('clock', this.icons, paths.clock)}<span class="visually-hidden"
        >${this.localize('header.clock_label')}</span
      ><span part="text" role="timer"></span>`;
  }
}
