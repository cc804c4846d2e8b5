import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { DesignSystemController } from '../../controllers/design-system-controller.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import type { ThemeSetting } from '../../styles/theme.js';
import type { UiOverrides } from '../../context/overrides.js';
import type { Meeting } from '../../meeting/meeting.js';
import styles from './ui-provider.styles.js';

/**
 * Provides the meeting, UI states, config, language (`t`) and icon pack to everything inside it,
 * for custom layouts built from single tags outside `rtk-meeting`. Keeps the UI states like
 * `rtk-meeting` does (merges `rtkStateUpdate` from inside, announces `rtkStatesUpdate`), and
 * themes its subtree: the `theme` attribute, `config.designTokens`, or plain CSS on the
 * `--rtk-*` tokens below (set on this element or any ancestor). It renders no box of its own
 * (`display: contents`) unless `mode` asks for one.
 *
 * As in the official kit, `overrides` flow down inside the config (`config.overrides`), and with
 * `showSetupScreen` off the meeting is joined as soon as it is given (a refusal is an
 * `rtkNotification`).
 *
 * @slot - The custom layout.
 *
 * @cssprop --rtk-meeting-z-index - Stacking layer with `mode="fixed"`. Default: `1000`.
 *
 * @cssprop --rtk-color-brand-50 - Brand scale, step 50 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-100 - Brand scale, step 100 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-200 - Brand scale, step 200 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-300 - Brand scale, step 300 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-400 - Brand scale, step 400 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-500 - Brand colour (buttons, active speaker, links). Overriding it alone moves the whole brand scale. Default: `#2160fd`.
 * @cssprop --rtk-color-brand-600 - Brand scale, step 600 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-700 - Brand scale, step 700 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-800 - Brand scale, step 800 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-900 - Brand scale, step 900 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-subtle - Brand tint for selected and highlighted backgrounds.
 * @cssprop --rtk-color-text-on-brand - Text and icons on brand fills. Default: `#ffffff`.
 * @cssprop --rtk-color-background-1000 - Page background of the meeting (darkest step in dark themes, white in light). Default: `#080808`.
 * @cssprop --rtk-color-background-900 - Raised surfaces: tiles, panels, tooltips, notifications. Default: `#1a1a1a`.
 * @cssprop --rtk-color-background-800 - Controls: buttons and inputs. Default: `#2c2c2c`.
 * @cssprop --rtk-color-background-700 - Controls on hover. Default: `#3d3d3d`.
 * @cssprop --rtk-color-background-600 - Controls when pressed; strong separators. Default: `#4d4d4d`.
 * @cssprop --rtk-color-background-500 - Strongest background step. Default: `#626262`.
 * @cssprop --rtk-color-border - Borders and dividers. Default: `#4d4d4d`.
 * @cssprop --rtk-color-overlay - Backdrop behind dialogs. Default: `rgb(0 0 0 / 0.6)`.
 * @cssprop --rtk-color-text - Main text colour. Default: `#ffffff`.
 * @cssprop --rtk-color-text-muted - Secondary text (still 4.5:1 on backgrounds 1000..800). Default: `#c4c4c4`.
 * @cssprop --rtk-color-danger - Danger: errors, leave, muted microphone. Default: `#ff2d2d`.
 * @cssprop --rtk-color-text-on-danger - Text on danger fills. Default: `#080808`.
 * @cssprop --rtk-color-warning - Warnings. Default: `#ffcd07`.
 * @cssprop --rtk-color-text-on-warning - Text on warning fills. Default: `#080808`.
 * @cssprop --rtk-color-success - Success. Default: `#62a504`.
 * @cssprop --rtk-color-text-on-success - Text on success fills. Default: `#080808`.
 * @cssprop --rtk-color-focus - Keyboard focus ring. Default: `#8cb2ff`.
 * @cssprop --rtk-color-video-overlay - Backdrop of text over video (name tags); dark in every theme. Default: `rgb(0 0 0 / 0.7)`.
 * @cssprop --rtk-color-text-on-video - Text over video. Default: `#ffffff`.
 * @cssprop --rtk-shadow-sm - Small shadow. Default: `0 1px 2px rgb(0 0 0 / 0.3)`.
 * @cssprop --rtk-shadow-md - Medium shadow (menus, notifications). Default: `0 4px 12px rgb(0 0 0 / 0.35)`.
 * @cssprop --rtk-shadow-lg - Large shadow (dialogs). Default: `0 12px 32px rgb(0 0 0 / 0.45)`.
 * @cssprop --rtk-space-base - Spacing unit; every gap and padding is a multiple of it. Default: `4px`.
 * @cssprop --rtk-radius-sm - Small corner radius. Default: `4px`.
 * @cssprop --rtk-radius - Corner radius. Default: `8px`.
 * @cssprop --rtk-radius-lg - Large corner radius. Default: `12px`.
 * @cssprop --rtk-radius-full - Pill and circle radius. Default: `9999px`.
 * @cssprop --rtk-font-family - Font stack. Default: `system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`.
 * @cssprop --rtk-font-size-xs - Font size, extra small. Default: `0.75rem`.
 * @cssprop --rtk-font-size-sm - Font size, small. Default: `0.875rem`.
 * @cssprop --rtk-font-size-md - Font size, body. Default: `1rem`.
 * @cssprop --rtk-font-size-lg - Font size, large. Default: `1.25rem`.
 * @cssprop --rtk-font-size-xl - Font size, extra large. Default: `1.5rem`.
 * @cssprop --rtk-motion-duration-fast - Short transitions (0 with prefers-reduced-motion). Default: `100ms`.
 * @cssprop --rtk-motion-duration - Transitions (0 with prefers-reduced-motion). Default: `150ms`.
 * @cssprop --rtk-motion-duration-slow - Long transitions (0 with prefers-reduced-motion). Default: `300ms`.
 * @cssprop --rtk-z-dropdown - Stacking layer of menus. Default: `100`.
 * @cssprop --rtk-z-tooltip - Stacking layer of tooltips. Default: `200`.
 * @cssprop --rtk-z-dialog - Stacking layer of dialogs. Default: `300`.
 * @cssprop --rtk-z-notification - Stacking layer of notifications. Default: `400`.
 *
 * @fires rtkStatesUpdate - After the UI states changed; `detail` is the whole new state.
 * @fires rtkNotification - When joining (with `showSetupScreen` off) failed.
 */
export class RtkUiProvider extends RtkElement {
  static override styles = [tokens, hostStyles, styles];

  static override providesValues = true;

  private readonly designSystem = new DesignSystemController(this);

  /**
   * Theme of everything inside: `dark` (also by its official name `darkest`), `light`,
   * `high-contrast`, or `system` (follows `prefers-color-scheme`). Unset:
   * `config.designTokens.theme`, else the enclosing provider's theme, else dark.
   */
  @property({ reflect: true }) theme?: ThemeSetting;

  /**
   * The official kit's overrides (`disablePrivateChat`, `disableEmojiPicker`, …): features turned
   * off for everything inside, whatever the preset allows. They flow down inside the config as
   * `config.overrides`, on top of those `config` already carries.
   */
  @property({ attribute: false }) overrides?: UiOverrides;

  /**
   * The box it makes: unset, none (`display: contents`, the layout's elements are laid out by the
   * page); `fill`, a block filling its parent; `fixed`, a block covering the viewport.
   */
  @property({ reflect: true }) mode?: 'fill' | 'fixed';

  /**
   * Leave joining to the layout (its own `rtk-setup-screen`, or the app), the default. `false`
   * (`show-setup-screen="false"`): the meeting is joined as soon as it is given.
   */
  @property({
    attribute: 'show-setup-screen',
    converter: { fromAttribute: (value: string | null) => value !== 'false' },
  })
  showSetupScreen = true;

  /** The meetings this provider joined, so each is joined once. */
  private readonly joined = new WeakSet<Meeting>();

  /** Also waits for the theme, when one is set (its code loads on first use). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.designSystem.ready;
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config') || changed.has('theme'))
      this.designSystem.apply(this.theme, this.config?.designTokens);
    const meeting = this.activeMeeting;
    if (!this.showSetupScreen && meeting?.self.roomState === 'init' && !this.joined.has(meeting)) {
      this.joined.add(meeting);
      void import('../../context/auto-join.js').then((m) =>
        m.autoJoin(this, meeting, this.localize),
      );
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}
