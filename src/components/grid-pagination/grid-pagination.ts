import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './grid-pagination.styles.js';
import { errorStrings } from '../../i18n/en/error.js';
import { gridsStrings } from '../../i18n/en/grids.js';

/**
 * Pages through the grid when the meeting is in the `PAGINATED` view mode: previous and next
 * buttons and "Page 2 of 12" (announced politely). It follows `participants.viewMode`,
 * `currentPage` and `pageCount` (`viewModeChanged`, `pageChanged`, joins and leaves) and turns
 * pages with `participants.setPage()`; the page shown changes when the meeting says so. Hidden in
 * other view modes and when there is one page. The arrow keys, Home and End turn pages while a
 * button has focus. A rejected `setPage` becomes an error notification.
 *
 * @csspart container - The navigation landmark.
 * @csspart previous - The previous-page `rtk-button`.
 * @csspart next - The next-page `rtk-button`.
 * @csspart status - The "Page x of y" text.
 *
 * @fires rtkNotification - When turning the page fails.
 */
export class RtkGridPagination extends RtkElement {
  static override strings = { ...gridsStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.participants, 'viewModeChanged', 'pageChanged'],
    [m.participants?.joined, 'participantJoined', 'participantLeft'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** Look: `solid` (a plain bar) or `rounded` (a pill). */
  @property({ reflect: true }) variant: 'solid' | 'rounded' | 'grid' = 'solid';

  /** The current page and page count, or `undefined` when there is nothing to page through. */
  private get pages(): { page: number; count: number } | undefined {
    const ps = this.activeMeeting?.participants;
    if (!ps || ps.viewMode !== 'PAGINATED' || typeof ps.setPage !== 'function') return undefined;
    const count = Number(ps.pageCount) || 0;
    if (count <= 1) return undefined;
    const page = Math.min(Math.max(Number(ps.currentPage) || 1, 1), count);
    return { page, count };
  }

  protected override willUpdate(): void {
    this.hidden = !this.pages;
  }

  /** Turns to `page` (clamped to the pages there are). */
  goTo(page: number): void {
    const pages = this.pages;
    const ps = this.activeMeeting?.participants;
    if (!pages || !ps) return;
    const target = Math.min(Math.max(page, 1), pages.count);
    if (target === pages.page) return;
    void this.action.run('page', () => ps.setPage(target), {
      action: this.localize('grids.page_action'),
    });
  }

  private handleKeydown = (event: KeyboardEvent): void => {
    const pages = this.pages;
    if (!pages) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const next = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 } as Record<string, number>;
    if (event.key in next) this.goTo(pages.page + next[event.key]!);
    else if (event.key === 'Home') this.goTo(1);
    else if (event.key === 'End') this.goTo(pages.count);
    else return;
    event.preventDefault();
  };

  override render() {
    const pages = this.pages;
    if (!pages) return nothing;
    const { page, count } = pages;
    return html`<nav part="container" aria-label=${this.localize('grids.pagination')} @keydown=${this.handleKeydown}>
      <rtk-button
        part="previous"
        kind="icon"
        variant="ghost"
        .size=${this.size}
        label=${this.localize('grids.previous_page')}
        ?disabled=${page <= 1}
        @click=${() => this.goTo(page - 1)}
        >${renderIcon('chevron_left', this.icons, paths.chevron_left)}</rtk-button
      >
      <span part="status" aria-live="polite">${this.localize('grids.page_status', { page, count })}</span>
      <rtk-button
        part="next"
        kind="icon"
        variant="ghost"
        .size=${this.size}
        label=${this.localize('grids.next_page')}
        ?disabled=${page >= count}
        @click=${() => this.goTo(page + 1)}
        >${renderIcon('chevron_right', this.icons, paths.chevron_right)}</rtk-button
      >
    </nav>`;
  }
}
