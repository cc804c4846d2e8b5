import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { aiStrings } from '../../i18n/en/ai.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './ai.styles.js';

/**
 * The meeting's AI panel: its live transcript (`rtk-ai-transcriptions`), searchable, with copy
 * and downloads. `rtk-sidebar` shows it as the section `ai` (opened by `rtk-ai-toggle`).
 *
 * `view="sidebar"` (default) fits a side panel and offers "Open full view", a dialog over the
 * whole page with the same transcript (Escape or "Close full view" closes it and focus returns);
 * `view="full-screen"` fills its container and shows its own title.
 *
 * @csspart header - The title row (full-screen view and the full view dialog).
 * @csspart full-view-button - "Open full view".
 * @csspart full-view - The full view dialog.
 * @csspart transcriptions - The `rtk-ai-transcriptions`.
 */
export class RtkAi extends RtkElement {
  static override strings = aiStrings;

  static override styles = [tokens, hostStyles, focusRing, styles];

  /** `sidebar`: fits a side panel; `full-screen`: fills its container, with a title. */
  @property({ reflect: true }) view: 'sidebar' | 'full-screen' = 'sidebar';

  @state() private expanded = false;

  @query('dialog') private dialog?: HTMLDialogElement;

  override updated(): void {
    const dialog = this.dialog;
    if (dialog && this.expanded && !dialog.open) dialog.showModal();
  }

  private closeFullView = (): void => {
    this.dialog?.close();
  };

  private handleDialogClose = (): void => {
    this.expanded = false;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part="full-view-button"]')?.focus(),
    );
  };

  override render() {
    if (!this.activeMeeting?.ai) return nothing;
    const title = this.localize('ai.title');
    const full = this.view === 'full-screen';
    return html`${
      full
        ? html`<div part="header"><h2>${title}</h2></div>`
        : html`<div class="bar">
            <button
              part="full-view-button"
              type="button"
              aria-haspopup="dialog"
              @click=${() => (this.expanded = true)}
            >
              ${renderIcon('fullscreen_enter', this.icons, paths.fullscreen_enter)}${this.localize('ai.full_view')}
            </button>
          </div>`
    }
      <rtk-ai-transcriptions part="transcriptions"></rtk-ai-transcriptions>
      ${
        this.expanded
          ? html`<dialog part="full-view" aria-label=${title} @close=${this.handleDialogClose}>
              <div part="header">
                <h2>${title}</h2>
                <button type="button" class="close" @click=${this.closeFullView}>
                  ${renderIcon('close', this.icons, paths.close)}${this.localize('ai.close_full_view')}
                </button>
              </div>
              <rtk-ai-transcriptions></rtk-ai-transcriptions>
            </dialog>`
          : nothing
      }`;
  }
}
