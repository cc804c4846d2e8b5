import { selfName } from '../../internal/self-name.js';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Peer } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './name-tag.styles.js';
import { tileStrings } from '../../i18n/en/tile.js';

/** True when the person is a host: the participant's `isHost`, else a preset named like one. */
export function isHostPeer(p: Peer): boolean {
  const host = (p as Peer & { isHost?: boolean }).isHost;
  return host === true || /(^|[-_ ])host($|[-_ ])/i.test(p.presetName ?? '');
}

/**
 * A person's name over their video: a microphone-off icon while muted, the name (with "(you)" for
 * the local user), a pin while pinned and a host badge.
 *
 * Listens only to its own participant (`audioUpdate`, `pinned`, `unpinned`); a mic toggle sets
 * the `muted` attribute on the tag and re-renders nothing. Names are rendered as text.
 *
 * @slot start - Content before the name, inside the tag (after the microphone icon).
 * @slot end - Content after the name and its badges, inside the tag.
 *
 * @csspart name - The name text.
 * @csspart mic-icon - The microphone-off icon.
 * @csspart pinned-icon - The pin icon.
 * @csspart host-badge - The host badge.
 *
 * @cssprop --rtk-name-tag-background - Backdrop (default `--rtk-color-video-overlay`, dark in every theme).
 * @cssprop --rtk-name-tag-color - Text colour (default `--rtk-color-text-on-video`).
 */
export class RtkNameTag extends RtkElement {
  static override strings = tileStrings;

  static override styles = [tokens, hostStyles, styles];

  // A mic toggle changes only the host's `muted` attribute (the icon is shown by CSS): the tag
  // never re-renders for it, so in a tile one toggle updates the tile alone.
  protected readonly events = new MeetingController(
    this,
    () => [[this.participant, 'audioUpdate', 'pinned', 'unpinned']],
    { onEvent: (event) => event !== 'audioUpdate' || this.syncMuted() },
  );

  /** The person named: a remote participant or `meeting.self`. */
  @property({ attribute: false }) participant?: Peer;

  /** The tag is on a screen share: no microphone icon. */
  @property({ type: Boolean, attribute: 'is-screen-share' }) isScreenShare = false;

  /** `solid` backdrop or a `gradient`. */
  @property({ reflect: true }) variant: 'solid' | 'gradient' = 'solid';

  /** True when the tag names the local user (our addition: the tile sets it for its preview). */
  @property({ type: Boolean, attribute: 'is-self' }) isSelf = false;

  private get self(): boolean {
    const self = this.activeMeeting?.self;
    return this.isSelf || (!!self && !!this.participant && this.participant.id === self.id);
  }

  protected override willUpdate(): void {
    this.syncMuted();
  }

  /** Shows the microphone-off icon (by the host's `muted` attribute) while the person is muted. */
  private syncMuted(): false {
    this.toggleAttribute(
      'muted',
      !!this.participant && !this.isScreenShare && !this.participant.audioEnabled,
    );
    return false;
  }

  override render() {
    const p = this.participant;
    if (!p) return nothing;
    const name = p.name?.trim() || '?';
    return html`${
      this.isScreenShare
        ? nothing
        : html`<span part="mic-icon" role="img" aria-label=${this.localize('tile.muted')}
            >${renderIcon('mic_off', this.icons, paths.mic_off)}</span
          >`
    }<slot name="start"></slot><span part="name">${this.self ? selfName(this.localize, p.name) : name}</span>${
      p.isPinned
        ? html`<span part="pinned-icon" role="img" aria-label=${this.localize('tile.pinned')}
            >${renderIcon('pin', this.icons, paths.pin)}</span
          >`
        : nothing
    }${
      isHostPeer(p)
        ? html`<span part="host-badge" role="img" aria-label=${this.localize('tile.host')}
            >${renderIcon('crown', this.icons, paths.crown)}</span
          >`
        : nothing
    }<slot name="end"></slot>`;
  }
}
