import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController, nextNotificationId } from '../../controllers/action-controller.js';
import { EffectController } from '../../controllers/effect-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { RtkNotificationEvent } from '../../events/rtk-notification.js';
import { pluginMainStrings } from '../../i18n/en/plugin-main.js';
import { errorStrings } from '../../i18n/en/error.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Meeting } from '../../meeting/meeting.js';
import type { Plugin } from '../../meeting/plugins.js';
import { pluginIconUrl, presetPluginConfig } from '../../internal/plugins.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './plugin-main.styles.js';

/** What a plugin's view is given: set as properties on the element it shows. */
export interface PluginViewContext {
  /** The meeting (for `meeting.stores`, `meeting.self`, …). */
  meeting: Meeting;
  /** The plugin (`meeting.plugins.active`). */
  plugin: Plugin;
  /** True when the plugin asked for view-only mode (`toggleViewMode`): show, do not edit. */
  viewOnly: boolean;
}

/**
 * A client plugin's `component`, as `rtk-plugin-main` understands it: a custom element's tag
 * name, a custom element class, or a function that returns the element (or a promise of it, to
 * load its code when the plugin is first shown).
 */
export type PluginComponent =
  string | CustomElementConstructor | ((context: PluginViewContext) => Element | Promise<Element>);

type ViewElement = Element & Partial<PluginViewContext>;

const TAG_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/** The element a plugin's `component` makes, or `undefined` when it makes none. */
async function createView(
  component: unknown,
  context: PluginViewContext,
): Promise<Element | undefined> {
  if (typeof component === 'string') {
    if (!TAG_NAME.test(component)) return undefined;
    await customElements.whenDefined(component);
    return document.createElement(component);
  }
  if (typeof component !== 'function') return component instanceof Element ? component : undefined;
  if (component.prototype instanceof HTMLElement)
    return new (component as CustomElementConstructor)();
  const made: unknown = await (component as (c: PluginViewContext) => unknown)(context);
  return made instanceof Element ? made : undefined;
}

/**
 * The plugin on the stage: a header with its icon and name, full screen, and Close for those the
 * preset allows (`plugin.permissions.canDeactivate`, the preset's `plugins.canClose`), above the
 * plugin's own view.
 *
 * The view is the plugin's `component` (the SDK keeps it as the app declared it in
 * `defaults.plugins`): a custom element's tag name, a custom element class, or a function that
 * returns the element or a promise of it, which is how a plugin loads its code only when first
 * shown (the kit's whiteboard: `whiteboardPlugin()`). The element gets `meeting`, `plugin` and
 * `viewOnly` as properties. While a promise is pending it says so; when it rejects it says so and
 * offers to try again; a plugin without a component gets a line saying the app has no view for it.
 *
 * View-only: when the preset gives the plugin `accessControl: 'VIEW_ONLY'`
 * (`permissions.plugins.config[id]`), or the plugin emits `toggleViewMode` (with `true` / `false`,
 * or without an argument to switch), the header says "View only", the view gets `viewOnly`, and a
 * layer over it stops pointer input (unless the preset says the plugin `handlesViewOnly`).
 *
 * Close calls `plugin.deactivate()` (for everyone) and stays busy until the meeting removes the
 * plugin from `plugins.active`; a refusal or a close that never takes effect is a notification.
 *
 * @slot - Shown below the plugin (the official kit's slot), e.g. the page's notes about it.
 *
 * @csspart header - The row above the plugin: icon, name, view-only badge and buttons.
 * @csspart button - The full-screen and close buttons (also `fullscreen-button`, `close-button`).
 * @csspart fullscreen-button - The full-screen button.
 * @csspart close-button - The close button.
 * @csspart view-only - The "View only" badge.
 * @csspart content - The box around the plugin's view.
 *
 * @fires rtkNotification - When closing failed or was not confirmed, or full screen failed.
 * @fires rtkApiError - When `plugin.deactivate()` rejected (`trace: 'plugin.deactivate'`).
 */
export class RtkPluginMain extends RtkElement {
  static override strings = { ...pluginMainStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.plugins?.active, 'pluginAdded', 'pluginDeleted', 'toggleViewMode'],
      [m.self?.permissions, 'pluginsUpdate', 'permissionsUpdate'],
    ],
    {
      onEvent: (event, [plugin, mode]) => {
        const id = (plugin as Plugin | undefined)?.id;
        if (event !== 'toggleViewMode' || !id || id !== this.plugin?.id) return;
        this.askedViewOnly = typeof mode === 'boolean' ? mode : !this.viewOnly;
      },
    },
  );

  private readonly action = new ActionController(this, () => this.localize);

  private readonly effect = new EffectController(this);

  /** The plugin to show (one of `meeting.plugins.active`). */
  @property({ attribute: false }) plugin?: Plugin;

  /** The plugin's view, once made. */
  @state() private view?: Element;

  @state() private loading = false;

  @state() private failed = false;

  /** What the plugin asked for last (`toggleViewMode`); unset: what the preset says. */
  @state() private askedViewOnly?: boolean;

  @state() private fullscreen = false;

  /** Bumped for each view made: a late promise of an older plugin is dropped. */
  private making = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this.handleFullscreenChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.handleFullscreenChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('plugin')) {
      this.askedViewOnly = undefined;
      void this.makeView();
    }
    const view = this.view as ViewElement | undefined;
    const meeting = this.activeMeeting;
    if (view && meeting && this.plugin) {
      // Plain properties: a kit element re-renders on them, any other element reads them.
      if (view.meeting !== meeting) view.meeting = meeting;
      if (view.plugin !== this.plugin) view.plugin = this.plugin;
      if (view.viewOnly !== this.viewOnly) view.viewOnly = this.viewOnly;
    }
  }

  /** Makes the plugin's view from its `component`. */
  private async makeView(): Promise<void> {
    const run = ++this.making;
    const plugin = this.plugin;
    const meeting = this.activeMeeting;
    this.view = undefined;
    this.failed = false;
    if (!plugin || !meeting || plugin.component == null) {
      this.loading = false;
      return;
    }
    this.loading = true;
    try {
      const view = await createView(plugin.component, { meeting, plugin, viewOnly: this.viewOnly });
      if (run !== this.making) return;
      this.view = view;
      this.failed = !view;
    } catch (error) {
      if (run !== this.making) return;
      console.warn(`rtk-plugin-main: the view of ${plugin.name} could not be made.`, error);
      this.failed = true;
    } finally {
      if (run === this.making) this.loading = false;
    }
  }

  /**
   * View-only: as the plugin last asked (`toggleViewMode`), else as the preset says
   * (`plugins.config[id].accessControl: 'VIEW_ONLY'`).
   */
  private get viewOnly(): boolean {
    const meeting = this.activeMeeting;
    if (this.askedViewOnly !== undefined) return this.askedViewOnly;
    return Boolean(
      meeting &&
      this.plugin &&
      presetPluginConfig(meeting, this.plugin).accessControl === 'VIEW_ONLY',
    );
  }

  /** The plugin's view blocks input itself in view-only mode (`handlesViewOnly`, or the kit's whiteboard). */
  private get handlesViewOnly(): boolean {
    const meeting = this.activeMeeting;
    return (
      this.view?.localName === 'rtk-whiteboard' ||
      Boolean(meeting && this.plugin && presetPluginConfig(meeting, this.plugin).handlesViewOnly)
    );
  }

  /** Whether self may close the plugin for everyone. */
  private get canClose(): boolean {
    const plugin = this.plugin;
    return Boolean(plugin?.active && plugin.permissions?.canDeactivate);
  }

  /** Closes the plugin for everyone, as the close button does. */
  async close(): Promise<void> {
    const plugin = this.plugin;
    const meeting = this.activeMeeting;
    if (!plugin || !meeting || !this.canClose || this.effect.waiting) return;
    const name = plugin.name ?? '';
    const result = await this.action.run('close', () => plugin.deactivate(), {
      action: this.localize('plugin_main.close_action', { name }),
      trace: 'plugin.deactivate',
    });
    if (!result.ok) return;
    const closed = () => !meeting.plugins?.active?.has(plugin.id);
    if (await this.effect.wait(closed)) return;
    if (this.isConnected && !closed())
      this.notify(this.localize('plugin_main.close_not_confirmed', { name }));
  }

  /** Shows the plugin full screen, or leaves full screen. */
  async toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement === this) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      this.notify(this.localize('plugin_main.fullscreen_failed'));
    }
  }

  private notify(message: string): void {
    this.dispatchEvent(
      new RtkNotificationEvent({ id: nextNotificationId(), message, variant: 'error' }),
    );
  }

  private handleFullscreenChange = (): void => {
    this.fullscreen = document.fullscreenElement === this;
  };

  private handleClose = (): void => void this.close();

  private handleFullscreen = (): void => void this.toggleFullscreen();

  private handleRetry = (): void => void this.makeView();

  override render() {
    const plugin = this.plugin;
    if (!this.activeMeeting || !plugin) return nothing;
    const name = plugin.name ?? '';
    const icon = pluginIconUrl(plugin.icon);
    const closing = this.action.isPending('close') || this.effect.waiting;
    return html`<div part="header">
        ${icon ? html`<img class="icon" src=${icon} alt="" />` : renderIcon('plugins', this.icons, paths.plugins)}
        <span class="name">${name}</span>
        ${this.viewOnly ? html`<span part="view-only">${this.localize('plugin_main.view_only')}</span>` : nothing}
        <span class="actions">
          <button
            part="button fullscreen-button"
            type="button"
            aria-pressed=${this.fullscreen ? 'true' : 'false'}
            aria-label=${this.localize(this.fullscreen ? 'plugin_main.fullscreen_exit' : 'plugin_main.fullscreen')}
            title=${this.localize(this.fullscreen ? 'plugin_main.fullscreen_exit' : 'plugin_main.fullscreen')}
            @click=${this.handleFullscreen}
          >
            ${
              this.fullscreen
                ? renderIcon('fullscreen_exit', this.icons, paths.fullscreen_exit)
                : renderIcon('fullscreen_enter', this.icons, paths.fullscreen_enter)
            }
          </button>
          ${
            this.canClose
              ? html`<button
                part="button close-button"
                type="button"
                aria-label=${this.localize(closing ? 'plugin_main.closing' : 'plugin_main.close', { name })}
                title=${this.localize('plugin_main.close', { name })}
                aria-disabled=${closing ? 'true' : 'false'}
                @click=${this.handleClose}
              >
                ${renderIcon('close', this.icons, paths.close)}
              </button>`
              : nothing
          }
        </span>
      </div>
      <div part="content">${this.renderContent(name)}</div>
      <slot></slot>`;
  }

  private renderContent(name: string) {
    if (this.view)
      return html`${this.view}${this.viewOnly && !this.handlesViewOnly ? html`<div class="shield"></div>` : nothing}`;
    if (this.loading)
      return html`<p class="note" role="status">${this.localize('plugin_main.loading', { name })}</p>`;
    if (this.failed)
      return html`<div class="note" role="alert">
        <p>${this.localize('plugin_main.load_failed', { name })}</p>
        <button part="button retry-button" type="button" @click=${this.handleRetry}>
          ${this.localize('plugin_main.retry')}
        </button>
      </div>`;
    return html`<p class="note">${this.localize('plugin_main.no_view', { name })}</p>`;
  }
}
