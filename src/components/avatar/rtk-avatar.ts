import { RtkAvatar } from './avatar.js';

export { RtkAvatar };

if (!customElements.get('rtk-avatar')) {
  customElements.define('rtk-avatar', RtkAvatar);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-avatar': RtkAvatar;
  }
}
