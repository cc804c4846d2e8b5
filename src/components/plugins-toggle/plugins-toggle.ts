import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { presetOf } from '../../context/config.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './plugins-toggle.styles.js';
import * as paths from '../../icons/paths.js';

/**
 * Opens and closes the plugins in the sidebar (UI states `activeSidebar` and
 * `sidebar: 'plugins'`).
 *
 * Hidden (the element sets its `hidden` attribute) without a plugins module, when the app
 * declared no plugin, when the preset may not start one and none is open, or when the preset's
 * control bar leaves plugins out.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkStateUpdate - Opens (`{ activeSidebar: true, sidebar: 'plugins' }`) or closes the sidebar.
 */
export class RtkPluginsToggle extends RtkElement {
  static override strings = controlsStrings;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.plugins?.all, 'pluginAdded', 'pluginDeleted'],
    [m.plugins?.active, 'pluginAdded', 'pluginDeleted'],
    [m.self?.permissions, 'pluginsUpdate', 'permissionsUpdate'],
  ]);

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** Whether the sidebar shows this section now. */
  private get open(): boolean {
    const states = this.activeStates;
    return Boolean(states.activeSidebar) && states.sidebar === 'plugins';
  }

  /** Opens the sidebar on this section, or closes it when it already shows it. */
  toggle(): void {
    if (!this.shown()) return;
    this.updateStates(
      this.open ? { activeSidebar: false } : { activeSidebar: true, sidebar: 'plugins' },
    );
  }

  private shown(): boolean {
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

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.hidden = !this.shown();
  }

  override render() {
    if (!this.shown()) return nothing;
    const badgeText = undefined;
    const badge = nothing;
    return html`<rtk-controlbar-button
        part="controlbar-button"
        .label=${this.localize('controls.plugins')}
        icon="plugins"
        .iconPath=${paths.plugins}
        .pressed=${this.open}
        .description=${badgeText}
        .variant=${this.variant}
        .size=${this.size}
        @click=${this.toggle}
      ></rtk-controlbar-button>
      ${badge}`;
  }
}
