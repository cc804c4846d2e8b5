/** Layout and look options of the kit (the official kit's `config`). Issue-3 widens it. */
export interface UiConfig {
  /** Where the self tile goes in the grid. */
  selfTilePosition?: 'first' | 'last';
  /** Tile aspect ratio, `width:height` (default `16:9`). */
  aspectRatio?: string;
  /** Gap between tiles in pixels (default 8). */
  gridGap?: number;
  /** Any other option. */
  [key: string]: unknown;
}

export const defaultConfig: Readonly<UiConfig> = Object.freeze({
  selfTilePosition: 'first',
  aspectRatio: '16:9',
  gridGap: 8,
});
