import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../context/rtk-element.js';
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

/**
 * Shown while there is no meeting to show yet: a spinner and a short status message.
 *
 * The message is a polite live region (`role="status"`), so a change (e.g. to "waiting for the
 * host") is announced.
 *
 * @csspart container - The centred content.
 * @csspart spinner - The spinner.
 * @csspart message - The status message.
 */
export class RtkIdleScreen extends RtkElement {
  static override strings = { ...idleStrings, ...waitingStrings };

  static override styles = [tokens, hostStyles, styles];

  /** `loading` (default), `no-meeting` (the meeting object is unusable) or `waiting` (waiting room). Our addition. */
  @property({ reflect: true }) variant: IdleScreenVariant = 'loading';

  override render() {
    const key = MESSAGES[this.variant] ?? MESSAGES.loading;
    return html`<div part="container">
      <span part="spinner" aria-hidden="true"></span>
      <p part="message" role="status">${this.localize(key)}</p>
    </div>`;
  }
}
