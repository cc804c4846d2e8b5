import type { ControlbarConfig } from '../components/controlbar/controlbar.js';
import type { DesignTokens } from '../styles/design-system.js';

/** Layout and look options of the kit (the official kit's `config`). */
export interface UiConfig {
  /** Where the self tile goes in the grid. */
  selfTilePosition?: 'first' | 'last';
  /** Tile aspect ratio, `width:height` (default `16:9`). */
  aspectRatio?: string;
  /** Gap between tiles in pixels (default 8). */
  gridGap?: number;
  /**
   * Theme, brand colour, radius, font and spacing, applied by the provider (`rtk-meeting`,
   * `rtk-ui-provider`) to its own element as overridable defaults: the page's CSS on that element
   * still wins. Same options as `provideRtkDesignSystem()`.
   */
  designTokens?: DesignTokens;
  /** `false` hides the control bar; `elements.<name>: false` removes one of its controls (see `rtk-controlbar`). */
  controlBar?: false | ControlbarConfig;
  /** `false` silences join/leave tones; or per category. */
  notificationSounds?: boolean | { participant_joined?: boolean; participant_left?: boolean };
  /** Any other option. */
  [key: string]: unknown;
}

export const defaultConfig: Readonly<UiConfig> = Object.freeze({
  selfTilePosition: 'first',
  aspectRatio: '16:9',
  gridGap: 8,
});
