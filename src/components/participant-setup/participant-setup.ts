import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import type { Peer } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import type { NameTagPosition } from '../../internal/shared-types.js';
import styles from './participant-setup.styles.js';
import { tileStrings } from '../../i18n/en/tile.js';

/**
 * Your own preview on the setup screen: your camera (mirrored), or your avatar while it is off,
 * your name, and an audio visualizer so you can see the microphone picks you up.
 *
 * It shows `participant` when given, else `meeting.self`. The tile and the visualizer listen to
 * their own person; this element re-renders only when its properties change.
 *
 * @slot - After the preview (the official kit's slot), e.g. a note or the page's own control; the
 * host is `position: relative` for content placed over the preview.
 *
 * @csspart tile - The `rtk-participant-tile` (preview mode: no menu, no connection indicator).
 * @csspart audio-visualizer - The `rtk-audio-visualizer`.
 *
 * @cssprop --rtk-participant-setup-max-width - Widest the preview gets.
 */
export class RtkParticipantSetup extends RtkElement {
  static override strings = tileStrings;

  static override styles = [tokens, hostStyles, styles];

  /** The person previewed; defaults to `meeting.self`. */
  @property({ attribute: false }) participant?: Peer;

  /** Register the video as a preview (`registerVideoElement(el, true)`), as before joining. */
  @property({ type: Boolean, attribute: 'is-preview' }) isPreview = true;

  /** Where the name tag sits. */
  @property({ reflect: true, attribute: 'name-tag-position' })
  nameTagPosition: NameTagPosition = 'bottom-left';

  /** `solid` background or a `gradient` under the name tag. */
  @property({ reflect: true }) variant: 'solid' | 'gradient' = 'solid';

  override render() {
    const p = this.participant ?? this.activeMeeting?.self;
    if (!p) return nothing;
    return html`<rtk-participant-tile
        part="tile"
        .participant=${p}
        ?is-preview=${this.isPreview}
        name-tag-position=${this.nameTagPosition}
        variant=${this.variant}
      ></rtk-participant-tile>
      <rtk-audio-visualizer
        part="audio-visualizer"
        hide-muted
        .participant=${p}
      ></rtk-audio-visualizer
      ><slot></slot>`;
  }
}
