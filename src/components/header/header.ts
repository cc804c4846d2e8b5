import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { presetOf } from '../../context/config.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { headerStrings } from '../../i18n/en/header.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './header.styles.js';

let livestreamItems: Promise<unknown> | undefined;
const loadLivestreamItems = () =>
  (livestreamItems ??= Promise.all([
    import('../viewer-count/rtk-viewer-count.js'),
    import('../livestream-indicator/rtk-livestream-indicator.js'),
  ]));

interface HeaderPreset {
  isEnabled?: boolean;
  elements?: { title?: boolean; timer?: boolean; participantCount?: boolean };
}

/**
 * The bar above the meeting: logo, title, recording and livestream indicators at the start, the
 * meeting clock in the middle, viewer and participant counts at the end. It follows the preset's
 * header options (`self.config.header`: `isEnabled`, `elements.title`, `timer`,
 * `participantCount`) and adapts to `size`: on `sm` the logo and the clock's icon are left out and
 * the gaps shrink.
 *
 * Children given in the default slot replace the built-in items (as in the official kit), so a
 * page can compose its own header from the same tags. The header itself listens to nothing that
 * changes often: each item updates on its own (the clock ticks without re-rendering the header).
 *
 * @slot - Custom content; replaces the built-in items when given.
 *
 * @csspart container - The bar.
 * @csspart start - The group at the start (logo, title, indicators).
 * @csspart center - The group in the middle (clock).
 * @csspart end - The group at the end (counts).
 *
 * @cssprop --rtk-header-background - Background of the bar.
 * @cssprop --rtk-header-height - Height of the bar (default `3.5rem`, `3rem` on `sm`).
 */
export class RtkHeader extends RtkElement {
  static override strings = headerStrings;

  static override styles = [tokens, hostStyles, styles];

  // The preset (self.config) arrives with the join.
  protected readonly events = new MeetingController(this, (m) => [[m.self, 'roomJoined']]);

  /** Render only the slotted content, no built-in items. */
  @property({ type: Boolean, attribute: 'disable-render' }) disableRender = false;

  /**
   * Makes the meeting's title a heading of this level (`rtk-meeting` with `main` sets 1: the title
   * is then the page's heading). Unset: the title is plain text. Our addition.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** `solid`: a full-width bar; `boxed`: each group on its own raised box. */
  @property({ reflect: true }) variant: 'solid' | 'boxed' = 'solid';

  @state() private hasSlotted = false;

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await livestreamItems;
    return result;
  }

  private handleSlotChange = (event: Event): void => {
    this.hasSlotted = (event.target as HTMLSlotElement).assignedElements().length > 0;
  };

  override render() {
    const preset = (
      presetOf(this.activeMeeting, this.activeConfig) as { header?: HeaderPreset } | undefined
    )?.header;
    const elements = preset?.elements ?? {};
    const builtIn = !this.disableRender && !this.hasSlotted && preset?.isEnabled !== false;
    // Viewer count and live badge belong to livestream meetings; their code loads only there.
    const livestream =
      builtIn &&
      this.activeMeeting?.meta?.viewType === 'LIVESTREAM' &&
      !!this.activeMeeting.livestream;
    if (livestream) void loadLivestreamItems();
    // An empty heading says nothing: only a title that is there becomes one.
    const level = this.activeMeeting?.meta?.meetingTitle ? this.headingLevel : undefined;
    return html`<div part="container" role="group" aria-label=${this.localize('header.label')}>
      ${
        builtIn
          ? html`<div part="start">
              <rtk-logo></rtk-logo>
              ${
                elements.title === false
                  ? nothing
                  : html`<rtk-meeting-title
                    role=${level ? 'heading' : nothing}
                    aria-level=${level ?? nothing}
                  ></rtk-meeting-title>`
              }
              <rtk-recording-indicator
                .size=${this.size}
              ></rtk-recording-indicator>
              ${
                livestream
                  ? html`<rtk-livestream-indicator
                    .size=${this.size}
                  ></rtk-livestream-indicator>`
                  : nothing
              }
            </div>
            <div part="center">
              ${
                elements.timer === false
                  ? nothing
                  : html`<rtk-clock .size=${this.size}></rtk-clock>`
              }
            </div>
            <div part="end">
              ${livestream ? html`<rtk-viewer-count></rtk-viewer-count>` : nothing}
              ${
                elements.participantCount === false
                  ? nothing
                  : html`<rtk-participant-count
                    .size=${this.size}
                  ></rtk-participant-count>`
              }
            </div>`
          : nothing
      }
      <slot @slotchange=${this.handleSlotChange}></slot>
    </div>`;
  }
}
