import { html, nothing } from 'lit';
import { avatarColourIndex, initialsOf } from '../../meeting/avatar.js';

/**
 * What an avatar shows, drawn inside another element's shadow root (a chat message row) exactly as
 * `rtk-avatar` draws it: the same initials and colour (`meeting/avatar.js`), the same box and its
 * styles (`avatar.styles.ts`). Kept apart from `rtk-avatar`'s element: this one loads with the chat.
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

/** The styles of `avatarTemplate`'s box, the same as `rtk-avatar`'s (its size comes from the element around it). */
export { avatarBoxStyles } from './avatar.styles.js';
