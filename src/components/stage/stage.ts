import { html } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { shellStrings } from '../../i18n/en/shell.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './stage.styles.js';

/**
 * The main area of a meeting that hosts the grid (or, for livestream viewers, the player) in every
 * layout. `rtk-meeting` puts `rtk-grid` into it; in your own layout put anything into its slot.
 * It is a labelled region ("Stage") so people using a screen reader can jump to it.
 *
 * @slot - What the stage shows: usually `rtk-grid`.
 *
 * @csspart content - The box around the slot.
 *
 * @cssprop --rtk-stage-padding - Space around the content. Default: two spacing units.
 * @cssprop --rtk-stage-background - Background. Default: transparent.
 */
export class RtkStage extends RtkElement {
  static override strings = { ...shellStrings };

  static override styles = [tokens, hostStyles, styles];

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
  }

  protected override updated(): void {
    // Named after the meeting, so two meetings on one page have distinct landmarks.
    const title = this.activeMeeting?.meta?.meetingTitle;
    this.setAttribute(
      'aria-label',
      title ? this.localize('shell.stage_named', { title }) : this.localize('shell.stage'),
    );
  }

  override render() {
    return html`<div part="content"><slot></slot></div>`;
  }
}
