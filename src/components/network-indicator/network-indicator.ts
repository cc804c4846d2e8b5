import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Peer } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './network-indicator.styles.js';
import { tileStrings } from '../../i18n/en/tile.js';

import { qualityOf, type NetworkQuality } from '../../internal/call-quality.js';

export { qualityOf, type NetworkQuality };

interface ScorePayload {
  kind?: string;
  isScreenshare?: boolean;
  score?: number;
}

/**
 * A connection-quality icon for one person, from their `mediaScoreUpdate` events (score 0–10 per
 * kind). Shows nothing while the connection is good; a weak-signal icon for scores 4–6 and a
 * no-signal icon below 4, named for screen readers. The worst of the audio and video scores wins.
 *
 * Scores arrive every few seconds per person; the element re-renders only when the quality
 * changes.
 *
 * @csspart icon - The icon (a named image).
 *
 * @cssprop --rtk-network-indicator-weak-color - Icon colour for a weak connection.
 * @cssprop --rtk-network-indicator-poor-color - Icon colour for a poor connection.
 */
export class RtkNetworkIndicator extends RtkElement {
  static override strings = tileStrings;

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(
    this,
    () => [[this.participant, 'mediaScoreUpdate']],
    {
      onEvent: (_event, [payload]) => this.handleScore(payload as ScorePayload | undefined),
    },
  );

  /** The person whose connection is shown: a remote participant or `meeting.self`. */
  @property({ attribute: false }) participant?: Peer;

  /** Show the quality of their screen share instead of their camera and microphone. */
  @property({ type: Boolean, attribute: 'is-screen-share' }) isScreenShare = false;

  /** The latest score per kind, for the person shown. */
  private scores: Partial<Record<string, number>> = {};

  private scoresOf?: Peer;

  /** The current quality (for tests and wrappers). */
  get quality(): NetworkQuality {
    if (this.scoresOf !== this.participant) return 'good';
    const values = Object.values(this.scores).filter((s): s is number => typeof s === 'number');
    return qualityOf(values.length ? Math.min(...values) : undefined);
  }

  private handleScore(payload: ScorePayload | undefined): boolean {
    if (!payload || typeof payload.score !== 'number') return false;
    if (Boolean(payload.isScreenshare) !== this.isScreenShare) return false;
    const before = this.quality;
    if (this.scoresOf !== this.participant) {
      this.scoresOf = this.participant;
      this.scores = {};
    }
    this.scores[payload.kind ?? 'video'] = payload.score;
    // Only a change of quality is worth a render.
    return this.quality !== before;
  }

  override render() {
    const quality = this.quality;
    if (quality === 'good') return nothing;
    const label = this.localize(quality === 'weak' ? 'tile.network_weak' : 'tile.network_poor');
    return html`<span part="icon" class=${quality} role="img" aria-label=${label} title=${label}
      >${
        quality === 'weak'
          ? renderIcon('wifi_weak', this.icons, paths.wifi_weak)
          : renderIcon('wifi_off', this.icons, paths.wifi_off)
      }</span
    >`;
  }
}
