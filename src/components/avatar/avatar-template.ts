import { css, html, nothing } from 'lit';
import { avatarColourIndex, initialsOf } from '../../meeting/avatar.js';

/**
 * What an avatar shows, drawn inside another element's shadow root (a chat message row) exactly as
 * `rtk-avatar` draws it: the same initials and colour (`meeting/avatar.js`), the same box. Kept
 * apart from `rtk-avatar`, which is loaded with every meeting: this one loads with the chat.
 */
export interface AvatarDrawing {
  /** The person's name (initials; the label unless decorative). */
  name: string;
  /** What picks the colour (a user id, or the name). */
  key: string;
  /** A safe picture URL to show (`safeImageUrl`), or nothing: the initials. */
  url?: string;
  /** The accessible name, or `undefined` when the name is written beside it (hidden). */
  label?: string;
  /** Called when the picture fails to load (the caller then draws the initials). */
  onError?: (event: Event) => void;
}

/** The avatar box: the picture, or the initials on the person's colour. */
export function avatarTemplate(a: AvatarDrawing) {
  return html`<div
    part="avatar"
    data-colour=${avatarColourIndex(a.key)}
    role=${a.label ? 'img' : nothing}
    aria-label=${a.label || nothing}
    aria-hidden=${a.label ? nothing : 'true'}
  >
    ${
      a.url
        ? html`<img part="image" src=${a.url} alt="" draggable="false" @error=${a.onError} />`
        : html`<span part="initials" aria-hidden="true">${initialsOf(a.name)}</span>`
    }
  </div>`;
}

/** The styles of `avatarTemplate`'s box, as `rtk-avatar`'s (its size comes from the element around it). */
export const avatarBoxStyles = css`
  [part='avatar'] {
    --_avatar-0: var(--rtk-color-avatar-0, #1d4ed8);
    --_avatar-1: var(--rtk-color-avatar-1, #6d28d9);
    --_avatar-2: var(--rtk-color-avatar-2, #a21caf);
    --_avatar-3: var(--rtk-color-avatar-3, #be185d);
    --_avatar-4: var(--rtk-color-avatar-4, #b91c1c);
    --_avatar-5: var(--rtk-color-avatar-5, #9a3412);
    --_avatar-6: var(--rtk-color-avatar-6, #15803d);
    --_avatar-7: var(--rtk-color-avatar-7, #0e7490);
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    block-size: 100%;
    overflow: hidden;
    border-radius: 50%;
    background: var(--rtk-avatar-background, var(--_avatar-0));
    color: var(--rtk-avatar-color, var(--_brand-text));
    font-weight: 600;
    line-height: 1;
    user-select: none;
  }
  [data-colour='1'] { background: var(--rtk-avatar-background, var(--_avatar-1)); }
  [data-colour='2'] { background: var(--rtk-avatar-background, var(--_avatar-2)); }
  [data-colour='3'] { background: var(--rtk-avatar-background, var(--_avatar-3)); }
  [data-colour='4'] { background: var(--rtk-avatar-background, var(--_avatar-4)); }
  [data-colour='5'] { background: var(--rtk-avatar-background, var(--_avatar-5)); }
  [data-colour='6'] { background: var(--rtk-avatar-background, var(--_avatar-6)); }
  [data-colour='7'] { background: var(--rtk-avatar-background, var(--_avatar-7)); }
  [part='image'] {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
`;
