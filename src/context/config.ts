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
  /** Any other option. */
  [key: string]: unknown;
}

export const defaultConfig: Readonly<UiConfig> = Object.freeze({
  selfTilePosition: 'first',
  aspectRatio: '16:9',
  gridGap: 8,
});
