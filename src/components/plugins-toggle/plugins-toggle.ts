import { nothing } from 'lit';
import { SidebarToggleElement } from '../../internal/sidebar-toggle-element.js';
import { presetOf } from '../../context/config.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { pluginsToggleStrings } from '../../i18n/en/plugins-toggle.js';
import * as paths from '../../icons/paths.js';

/**
 * Opens and closes the plugins in the sidebar (UI states `activeSidebar` and
 * `sidebar: 'plugins'`), where `rtk-plugins` lists them. A badge counts the plugins open in the
 * meeting (also the button's description: "1 plugin open").
 *
 * Hidden (the element sets its `hidden` attribute) without a plugins module, when the app
 * declared no plugin, when the preset may not start one and none is open, or when the preset's
 * control bar leaves plugins out.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 * @csspart active-count - The badge with the number of open plugins.
 *
 * @fires rtkStateUpdate - Opens (`{ activeSidebar: true, sidebar: 'plugins' }`) or closes the sidebar.
 */
export class RtkPluginsToggle extends SidebarToggleElement {
  static override strings = { ...controlsStrings, ...pluginsToggleStrings };

  protected readonly section = 'plugins';

  protected readonly events = new MeetingController(this, (m) => [
    [m.plugins?.all, 'pluginAdded', 'pluginDeleted'],
    [m.plugins?.active, 'pluginAdded', 'pluginDeleted'],
    [m.self?.permissions, 'pluginsUpdate', 'permissionsUpdate'],
  ]);

  protected shown(): boolean {
    const meeting = this.activeMeeting;
    const plugins = meeting?.plugins;
    if (
      !meeting ||
      !plugins?.all ||
      !plugins.all.size ||
      presetOf(meeting, this.activeConfig)?.controlBar?.elements?.plugins === false
    )
      return false;
    return Boolean(meeting.self.permissions?.plugins?.canStart) || (plugins.active?.size ?? 0) > 0;
  }

  override render() {
    if (!this.shown()) return nothing;
    const count = this.activeMeeting?.plugins?.active?.size ?? 0;
    return this.renderToggle(
      this.localize('controls.plugins'),
      'plugins',
      paths.plugins,
      count,
      this.localize('plugins_toggle.open_count', { count }),
      'active-count',
    );
  }
}
