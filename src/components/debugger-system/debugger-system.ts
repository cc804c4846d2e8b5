import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { systemFactsOf } from '../../internal/call-diagnostics.js';
import { debuggerStrings } from '../../i18n/en/debugger.js';
import { diagnosticsStyles } from '../../styles/diagnostics.styles.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './debugger-system.styles.js';

/**
 * The system tab of the call diagnostics (`rtk-debugger`): the browser and operating system
 * (`self.device`, else `__internals__.browserSpecs`), the microphone, camera and speaker in use,
 * the media permissions, and the connection to the meeting server and of the media in each
 * direction (`meta.socketState`, `meta.mediaState`), with a one-line summary. Follows
 * `socketConnectionUpdate`, `mediaConnectionUpdate`, `mediaPermissionUpdate`, `deviceUpdate` and
 * `deviceListUpdate`. Renders nothing without a meeting; a part the meeting does not offer reads
 * "–".
 *
 * @csspart card - Each group (connection, browser and devices, permissions).
 * @csspart verdict - The summary.
 */
export class RtkDebuggerSystem extends RtkElement {
  static override strings = debuggerStrings;

  static override styles = [tokens, hostStyles, diagnosticsStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.meta, 'socketConnectionUpdate', 'mediaConnectionUpdate'],
    [m.self, 'mediaPermissionUpdate', 'deviceUpdate', 'deviceListUpdate', 'roomJoined', 'roomLeft'],
  ]);

  private state(value: string | undefined): string {
    return value
      ? this.localize(`debugger.state_${value}`) || value
      : this.localize('debugger.unknown');
  }

  private row(label: string, value: string | undefined) {
    return html`<div>
      <dt>${this.localize(label)}</dt>
      <dd>${value || this.localize('debugger.unknown')}</dd>
    </div>`;
  }

  override render() {
    const meeting = this.activeMeeting;
    if (!meeting) return nothing;
    const facts = systemFactsOf(meeting);
    const { connection, devices, permissions } = facts;
    const states = [connection.signalling, connection.mediaSend, connection.mediaReceive];
    const known = states.filter(Boolean);
    const ok = known.length > 0 && known.every((s) => s === 'connected');
    const permission = (value: string | undefined) =>
      value ? this.localize(`debugger.perm_${value}`) : undefined;
    return html`<section class="card" part="card" aria-labelledby="connection-heading">
        <h3 id="connection-heading">${this.localize('debugger.connection')}</h3>
        <p class="verdict ${ok ? 'good' : 'poor'}" part="verdict">
          ${this.localize(ok ? 'debugger.system_ok' : 'debugger.system_trouble')}
        </p>
        <dl>
          ${this.row('debugger.signalling', this.state(connection.signalling))}
          ${this.row('debugger.media_send', this.state(connection.mediaSend))}
          ${this.row('debugger.media_recv', this.state(connection.mediaReceive))}
        </dl>
      </section>
      <section class="card" part="card" aria-labelledby="devices-heading">
        <h3 id="devices-heading">${this.localize('debugger.devices')}</h3>
        <dl>
          ${this.row('debugger.browser', facts.browser)}
          ${this.row('debugger.os', facts.os)}
          ${this.row(
            'debugger.device_type',
            facts.mobile === undefined
              ? undefined
              : this.localize(facts.mobile ? 'debugger.mobile' : 'debugger.desktop'),
          )}
          ${this.row('debugger.microphone', devices.microphone ?? this.localize('debugger.none'))}
          ${this.row('debugger.camera', devices.camera ?? this.localize('debugger.none'))}
          ${this.row('debugger.speaker', devices.speaker ?? this.localize('debugger.none'))}
        </dl>
      </section>
      <section class="card" part="card" aria-labelledby="permissions-heading">
        <h3 id="permissions-heading">${this.localize('debugger.permissions')}</h3>
        <dl>
          ${this.row('debugger.permission_microphone', permission(permissions.microphone))}
          ${this.row('debugger.permission_camera', permission(permissions.camera))}
          ${this.row('debugger.permission_screenshare', permission(permissions.screenshare))}
        </dl>
      </section>`;
  }
}
