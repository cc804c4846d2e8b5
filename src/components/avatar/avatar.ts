import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { avatarColourIndex, initialsOf, safeImageUrl } from '../../meeting/avatar.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles, { avatarBoxStyles } from './avatar.styles.js';
import { avatarStrings } from '../../i18n/en/avatar.js';

/** What the avatar reads of a person (a participant, `meeting.self`, a chat sender…). */
export interface AvatarPerson {
  readonly id?: string;
  readonly userId?: string;
  readonly customParticipantId?: string;
  readonly name?: string;
  readonly picture?: string;
}

/**
 * A person's picture, or their initials on a colour of their own when there is no picture or it
 * fails to load. The colour comes from the person's id (or name), so it is the same in every
 * list, tile and message. Pictures are shown only from `http(s):` and `data:image/` URLs.
 *
 * It is an image named by the person's name; set `decorative` when the name is already written
 * beside it, so screen readers do not read it twice.
 *
 * @slot - Over the picture, at its bottom end corner, e.g. a status badge (the official kit's
 * slot).
 *
 * @csspart avatar - The round (or square, or hexagonal) box.
 * @csspart image - The `<img>`.
 * @csspart initials - The initials.
 *
 * @cssprop --rtk-avatar-size - Width and height (default: by `size`).
 * @cssprop --rtk-avatar-background - Background behind the initials (default: the person's colour).
 * @cssprop --rtk-avatar-color - Colour of the initials.
 * @cssprop --rtk-color-avatar-0 - The person colours, `-0` to `-7`.
 */
export class RtkAvatar extends RtkElement {
  static override strings = avatarStrings;

  static override styles = [tokens, hostStyles, avatarBoxStyles, styles];

  /** The person: a participant, `meeting.self`, or any object with `name` and `picture`. */
  @property({ attribute: false }) participant?: AvatarPerson;

  /** Shape: `circular`, `square` or `hexagon`. */
  @property({ reflect: true }) variant: 'circular' | 'square' | 'hexagon' = 'circular';

  /** Name, when there is no `participant` object (the participant's name wins). Our addition. */
  @property() name?: string;

  /** Picture URL, when there is no `participant` object. Our addition. */
  @property() picture?: string;

  /** Hidden from assistive technology (the name is written next to it). Our addition. */
  @property({ type: Boolean }) decorative = false;

  /** The URL that failed to load; cleared when the picture changes. */
  @state() private failedUrl?: string;

  private get personName(): string {
    return (this.participant?.name ?? this.name ?? '').trim();
  }

  private get pictureUrl(): string | undefined {
    return safeImageUrl(this.participant?.picture || this.picture);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      (changed.has('participant') || changed.has('picture')) &&
      this.failedUrl !== this.pictureUrl
    ) {
      this.failedUrl = undefined;
    }
  }

  private handleError = (event: Event): void => {
    this.failedUrl = (event.target as HTMLImageElement).getAttribute('src') ?? undefined;
  };

  override render() {
    const name = this.personName;
    const p = this.participant;
    const key = p?.userId || p?.customParticipantId || p?.id || name;
    const url = this.pictureUrl;
    const showImage = url && url !== this.failedUrl;
    const label = name || this.localize('avatar.unknown');
    return html`<div
      part="avatar"
      data-colour=${avatarColourIndex(key)}
      role=${this.decorative ? nothing : 'img'}
      aria-label=${this.decorative ? nothing : label}
      aria-hidden=${this.decorative ? 'true' : nothing}
    >
      ${
        showImage
          ? html`<img part="image" src=${url} alt="" draggable="false" @error=${this.handleError} />`
          : html`<span part="initials" aria-hidden="true">${initialsOf(name)}</span>`
      }
    </div><slot></slot>`;
  }
}
