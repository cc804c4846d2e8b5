import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController, nextNotificationId } from '../../controllers/action-controller.js';
import { EffectController } from '../../controllers/effect-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { RtkNotificationEvent } from '../../events/rtk-notification.js';
import { pluginsStrings } from '../../i18n/en/plugins.js';
import { errorStrings } from '../../i18n/en/error.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { mapItems } from '../../meeting/guards.js';
import type { Meeting } from '../../meeting/meeting.js';
import type { Plugin } from '../../meeting/plugins.js';
import { pluginIconUrl, presetPluginConfig } from '../../internal/plugins.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './plugins.styles.js';

type Pending = { kind: 'start' | 'stop'; timer: ReturnType<typeof setTimeout> };

/**
 * The meeting's plugins (`meeting.plugins.all`), each with its icon, its name and its state: not
 * open, open (and who opened it for everyone), starting or closing.
 *
 * Start (`plugin.activate()`, for everyone) is offered to those whose preset may start plugins
 * (`plugin.permissions.canActivate`, the preset's `plugins.canStart`), Close
 * (`plugin.deactivate()`) to those who may close them (`canDeactivate`, `plugins.canClose`); a
 * plugin someone else opened says who, and that only someone allowed can close it. An open plugin
 * can be brought to the stage (Show, the UI state `activeTab`). A plugin the preset disables
 * (`permissions.plugins.config[id].disabled`) is left out.
 *
 * A row stays "Starting…" / "Closing…" until the meeting confirms it (the plugin joins or leaves
 * `plugins.active`): the real client resolves before the server answers. A refused call, or one
 * the meeting never confirms, is a notification and the row shows the real state again. A plugin
 * that starts is shown on the stage (and on a small screen the sidebar closes to show it).
 *
 * @csspart list - The list of plugins.
 * @csspart plugin - One row.
 * @csspart icon - A plugin's icon.
 * @csspart name - A plugin's name.
 * @csspart state - A plugin's state line.
 * @csspart button - The buttons of a row (also `start-button`, `stop-button`, `show-button`).
 * @csspart empty - The line shown when the meeting has no plugins.
 *
 * @fires rtkStateUpdate - `{ activeTab: { type: 'plugin', id } }` to show a plugin on the stage
 *   (with `activeSidebar: false` on a small screen).
 * @fires rtkNotification - When starting or closing failed or was not confirmed.
 * @fires rtkApiError - When `plugin.activate()` / `deactivate()` rejected (`trace: 'plugin.activate'`, …).
 */
export class RtkPlugins extends RtkElement {
  static override strings = { ...pluginsStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.plugins?.all, 'pluginAdded', 'pluginDeleted', 'stateUpdate'],
    [m.plugins?.active, 'pluginAdded', 'pluginDeleted'],
    [m.self?.permissions, 'pluginsUpdate', 'permissionsUpdate'],
    [m.participants?.joined, 'participantJoined', 'participantLeft'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** Starts and closes asked for and not yet confirmed by the meeting, by plugin id. */
  private readonly pending = new Map<string, Pending>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private plugins(meeting: Meeting): Plugin[] {
    return mapItems<Plugin>(meeting.plugins?.all).filter(
      (p) => p && typeof p.id === 'string' && !presetPluginConfig(meeting, p).disabled,
    );
  }

  private isOpen(meeting: Meeting, plugin: Plugin): boolean {
    return Boolean(plugin.active) || Boolean(meeting.plugins?.active?.has?.(plugin.id));
  }

  /** Starts `plugin` for everyone, as its Start button does. */
  async start(plugin: Plugin): Promise<void> {
    const meeting = this.activeMeeting;
    if (!meeting || this.pending.has(plugin.id) || this.isOpen(meeting, plugin)) return;
    const name = plugin.name ?? '';
    const result = await this.action.run(`start:${plugin.id}`, () => plugin.activate(), {
      action: this.localize('plugins.start_action', { name }),
      trace: 'plugin.activate',
    });
    if (result.ok) this.await(plugin, 'start');
  }

  /** Closes `plugin` for everyone, as its Close button does. */
  async stop(plugin: Plugin): Promise<void> {
    const meeting = this.activeMeeting;
    if (!meeting || this.pending.has(plugin.id) || !this.isOpen(meeting, plugin)) return;
    const name = plugin.name ?? '';
    const result = await this.action.run(`stop:${plugin.id}`, () => plugin.deactivate(), {
      action: this.localize('plugins.stop_action', { name }),
      trace: 'plugin.deactivate',
    });
    if (result.ok) this.await(plugin, 'stop');
  }

  /** Shows an open plugin on the stage. */
  show(plugin: Plugin): void {
    this.updateStates({
      activeTab: { type: 'plugin', id: plugin.id },
      ...(this.size === 'sm' ? { activeSidebar: false } : {}),
    });
  }

  /** Waits for the meeting to confirm a start or a close; a notification when it does not. */
  private await(plugin: Plugin, kind: 'start' | 'stop'): void {
    if (!this.isConnected) return;
    const timer = setTimeout(() => {
      this.pending.delete(plugin.id);
      this.requestUpdate();
      const key = kind === 'start' ? 'plugins.start_not_confirmed' : 'plugins.stop_not_confirmed';
      this.dispatchEvent(
        new RtkNotificationEvent({
          id: nextNotificationId(),
          message: this.localize(key, { name: plugin.name ?? '' }),
          variant: 'error',
        }),
      );
    }, EffectController.timeout);
    this.pending.set(plugin.id, { kind, timer });
    this.requestUpdate();
  }

  protected override willUpdate(): void {
    const meeting = this.activeMeeting;
    if (!meeting) return;
    for (const [id, { kind, timer }] of this.pending) {
      const plugin = meeting.plugins?.all?.get?.(id);
      const open = plugin ? this.isOpen(meeting, plugin) : false;
      if ((kind === 'start') !== open) continue;
      clearTimeout(timer);
      this.pending.delete(id);
      if (kind === 'start' && plugin) this.show(plugin);
    }
  }

  private stateOf(meeting: Meeting, plugin: Plugin): string {
    const pending = this.pending.get(plugin.id)?.kind;
    if (pending || this.action.isPending(`start:${plugin.id}`))
      return this.localize(
        pending === 'stop' ? 'plugins.state_stopping' : 'plugins.state_starting',
      );
    if (this.action.isPending(`stop:${plugin.id}`)) return this.localize('plugins.state_stopping');
    if (!this.isOpen(meeting, plugin)) return this.localize('plugins.state_closed');
    const by = plugin.enabledBy;
    if (by && by === meeting.self?.id) return this.localize('plugins.state_open_by_you');
    const person = by ? meeting.participants?.joined?.get?.(by) : undefined;
    return person?.name
      ? this.localize('plugins.state_open_by', { name: person.name })
      : this.localize('plugins.state_open');
  }

  override render() {
    const meeting = this.activeMeeting;
    if (!meeting?.plugins) return nothing;
    const plugins = this.plugins(meeting);
    if (!plugins.length) return html`<p part="empty">${this.localize('plugins.empty')}</p>`;
    return html`<ul part="list" aria-label=${this.localize('plugins.list')}>
      ${plugins.map((plugin) => this.renderPlugin(meeting, plugin))}
    </ul>`;
  }

  private renderPlugin(meeting: Meeting, plugin: Plugin) {
    const name = plugin.name ?? '';
    const open = this.isOpen(meeting, plugin);
    const busy =
      this.pending.has(plugin.id) ||
      this.action.isPending(`start:${plugin.id}`) ||
      this.action.isPending(`stop:${plugin.id}`);
    const canStart = Boolean(plugin.permissions?.canActivate);
    const canStop = Boolean(plugin.permissions?.canDeactivate);
    const icon = pluginIconUrl(plugin.icon);
    const byOther = open && plugin.enabledBy && plugin.enabledBy !== meeting.self?.id;
    return html`<li part="plugin" class=${open ? 'open' : ''}>
      <span part="icon" class="icon">
        ${icon ? html`<img src=${icon} alt="" />` : renderIcon('plugins', this.icons, paths.plugins)}
      </span>
      <span class="text">
        <span part="name" class="name">${name}</span>
        <span part="state" class="state" role="status">${this.stateOf(meeting, plugin)}</span>
        ${
          byOther && !canStop && !busy
            ? html`<span class="hint">${this.localize('plugins.cannot_close')}</span>`
            : nothing
        }
      </span>
      <span class="actions">
        ${
          open && !busy
            ? html`<button
              part="button show-button"
              type="button"
              aria-label=${this.localize('plugins.show_named', { name })}
              @click=${() => this.show(plugin)}
            >
              ${this.localize('plugins.show')}
            </button>`
            : nothing
        }
        ${
          open && canStop
            ? html`<button
              part="button stop-button"
              type="button"
              class="stop"
              aria-label=${this.localize('plugins.stop_named', { name })}
              aria-disabled=${busy ? 'true' : 'false'}
              @click=${() => void this.stop(plugin)}
            >
              ${this.localize('plugins.stop')}
            </button>`
            : nothing
        }
        ${
          !open && canStart
            ? html`<button
              part="button start-button"
              type="button"
              class="start"
              aria-label=${this.localize('plugins.start_named', { name })}
              aria-disabled=${busy ? 'true' : 'false'}
              @click=${() => void this.start(plugin)}
            >
              ${this.localize('plugins.start')}
            </button>`
            : nothing
        }
      </span>
    </li>`;
  }
}
