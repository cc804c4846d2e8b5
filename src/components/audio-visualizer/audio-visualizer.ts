import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { AudioLevelController } from '../../controllers/audio-level-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Peer } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './audio-visualizer.styles.js';
import { tileStrings } from '../../i18n/en/tile.js';

/**
 * Three bars that move with how loud a person is, or a microphone-off icon while they are muted.
 *
 * The level never causes a Lit update: one `requestAnimationFrame` loop shared by every
 * visualizer and tile on the page (`AudioLevelController`) measures each track and writes
 * `--rtk-audio-level` (0–1) and a `speaking` attribute on this element; CSS scales the bars. Lit
 * renders only when the person mutes or unmutes (`audioUpdate`, or `screenShareUpdate` with
 * `is-screen-share`). The bars are decorative; the muted icon is a named image.
 *
 * @csspart canvas - The box holding the bars.
 * @csspart bar - Each bar.
 * @csspart mic-off-icon - The microphone-off icon.
 *
 * @cssprop --rtk-audio-visualizer-color - Bar colour (default: the brand colour).
 * @cssprop --rtk-audio-visualizer-muted-color - Muted icon colour.
 * @cssprop --rtk-audio-level - Set by the element itself: the current level, 0–1.
 */
export class RtkAudioVisualizer extends RtkElement {
  static override strings = tileStrings;

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, () => [
    [this.participant, this.isScreenShare ? 'screenShareUpdate' : 'audioUpdate'],
  ]);

  private readonly level = new AudioLevelController(this);

  /** The person to show: a remote participant or `meeting.self`. */
  @property({ attribute: false }) participant?: Peer;

  /** Show the sound of their screen share instead of their microphone. */
  @property({ type: Boolean, attribute: 'is-screen-share' }) isScreenShare = false;

  /** Show nothing (instead of the microphone-off icon) while muted. */
  @property({ type: Boolean, attribute: 'hide-muted' }) hideMuted = false;

  /** Look of the bars, as in the official kit: `bars`. */
  @property({ reflect: true }) variant = 'bars' as const;

  private get track(): MediaStreamTrack | undefined {
    const p = this.participant;
    if (!p) return undefined;
    if (this.isScreenShare) return p.screenShareEnabled ? p.screenShareTracks?.audio : undefined;
    return p.audioEnabled ? p.audioTrack : undefined;
  }

  protected override updated(): void {
    this.level.setTrack(this.track);
  }

  override render() {
    const p = this.participant;
    if (!p) return nothing;
    const muted = this.isScreenShare ? !this.track : !p.audioEnabled;
    if (muted) {
      if (this.hideMuted) return nothing;
      const label = this.localize('tile.muted');
      return html`<span part="mic-off-icon" role="img" aria-label=${label}
        >${renderIcon('mic_off', this.icons, paths.mic_off)}</span
      >`;
    }
    return html`<span part="canvas" aria-hidden="true"
      ><span part="bar"></span><span part="bar"></span><span part="bar"></span
    ></span>`;
  }
}
