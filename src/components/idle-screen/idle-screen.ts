import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './idle-screen.styles.js';
import { idleStrings } from '../../i18n/en/idle.js';
import { waitingStrings } from '../../i18n/en/waiting.js';

/** What the idle screen is waiting for. */
export type IdleScreenVariant = 'loading' | 'no-meeting' | 'waiting';

const MESSAGES = {
  loading: 'idle.loading',
  'no-meeting': 'idle.no_meeting',
  waiting: 'waiting.message',
} as const;

const NETWORK = {
  disconnected: 'idle.offline',
  reconnecting: 'idle.reconnecting',
  failed: 'idle.connection_failed',
} as const;

/**
 * Shown while there is no meeting to show yet (before `init` resolves, while loading): a
 * spinner and a short status message.
 *
 * The message is a polite live region (`role="status"`), so a change (e.g. to "waiting for the
 * host") is announced. When the meeting's socket is down (`meta.socketState`,
 * `socketConnectionUpdate`) a network badge says so.
 *
 * @slot - Replaces the whole screen (the official kit's slot): the page's own loading view.
 *
 * @csspart container - The centred content.
 * @csspart logo - The organisation's logo (`rtk-logo`, when the page or preset gives one).
 * @csspart spinner - The spinner.
 * @csspart message - The status message.
 * @csspart network-badge - The connection problem, when there is one.
 * @csspart network-badge-icon - Its icon.
 */
export class RtkIdleScreen extends RtkElement {
  static override strings = { ...idleStrings, ...waitingStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.meta, 'socketConnectionUpdate'],
  ]);

  /** `loading` (default), `no-meeting` (the meeting object is unusable) or `waiting` (waiting room). Our addition. */
  @property({ reflect: true }) variant: IdleScreenVariant = 'loading';

  override render() {
    const key = MESSAGES[this.variant] ?? MESSAGES.loading;
    const socket = this.activeMeeting?.meta?.socketState?.state;
    const network =
      socket && socket in NETWORK ? NETWORK[socket as keyof typeof NETWORK] : undefined;
    return html`<slot><div part="container">
      ${this.activeMeeting ? html`<rtk-logo part="logo"></rtk-logo>` : nothing}
      <span part="spinner" aria-hidden="true"></span>
      <p part="message" role="status">${this.localize(key)}</p>
      ${
        network
          ? html`<p part="network-badge" role="alert">
            <span part="network-badge-icon">${renderIcon('wifi_off', this.icons, paths.wifi_off)}</span>
            ${this.localize(network)}
          </p>`
          : nothing
      }
    </div></slot>`;
  }
}
