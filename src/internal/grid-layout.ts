/** Where one tile goes in its box, in pixels from the box's start corner (inline, block). */
export interface TileRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Columns, rows and tile size that fill a box best. */
export interface GridLayout {
  columns: number;
  rows: number;
  /** Width and height of the tiles of the full rows, in pixels; 0 when the box is not measured. */
  tileWidth: number;
  tileHeight: number;
  /** Each tile's place, in order (empty when the box is not measured yet). */
  tiles: TileRect[];
  /** The share of the box the tiles cover, 0 to 1. */
  coverage: number;
}

/** The shapes a tile may take: width ÷ height from `min` to `max` (equal for a fixed shape). */
export interface RatioBand {
  min: number;
  max: number;
}

/** Tiles crop video to fill, from portrait 3:4 to wide 16:9, unless a fixed ratio is asked for. */
export const FILL_BAND: RatioBand = { min: 3 / 4, max: 16 / 9 };

/** Parses `16:9`, `16/9` or `1.5` into width ÷ height; anything else is 16:9. */
export function parseAspectRatio(value: string | undefined): number {
  const ratio = parseRatio(value);
  return ratio ?? 16 / 9;
}

/** `16:9`, `16/9` or `1.5` as width ÷ height, or undefined when it is none of those. */
export function parseRatio(value: string | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:[:/]\s*(\d+(?:\.\d+)?))?\s*$/.exec(value ?? '');
  const ratio = match ? Number(match[1]) / Number(match[2] ?? 1) : NaN;
  return Number.isFinite(ratio) && ratio > 0 ? ratio : undefined;
}

/** The shape of one tile in a `width`×`height` cell: as large as the cell and the band allow. */
function shapeIn(width: number, height: number, band: RatioBand): [number, number] {
  if (width <= 0 || height <= 0) return [0, 0];
  const ratio = width / height;
  if (ratio > band.max) return [height * band.max, height];
  if (ratio < band.min) return [width, width / band.min];
  return [width, height];
}

/**
 * Lays `count` tiles out in a `width`×`height` box, `gap` pixels apart, so that together they
 * cover as much of it as they can: it tries every column count, gives each tile the shape of its
 * cell within `band` (a video is cropped to that shape, never stretched), and lets the tiles of a
 * short last row grow wider, up to the band's widest shape. Rows are centred, and so is the whole.
 * A number for `band` is a fixed shape (`config.aspectRatio`, the `aspect-ratio` attribute).
 * Without a measured box it returns the column count of a square-ish grid and no places.
 */
export function computeGridLayout(
  count: number,
  width: number,
  height: number,
  band: RatioBand | number = FILL_BAND,
  gap = 8,
): GridLayout {
  const shape = typeof band === 'number' ? { min: band, max: band } : band;
  const empty = { tileWidth: 0, tileHeight: 0, tiles: [], coverage: 0 };
  if (count <= 0) return { columns: 0, rows: 0, ...empty };
  if (width <= 0 || height <= 0) {
    const columns = Math.ceil(Math.sqrt(count));
    return { columns, rows: Math.ceil(count / columns), ...empty };
  }
  let best: GridLayout | undefined;
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    const cellWidth = (width - gap * (columns - 1)) / columns;
    const cellHeight = (height - gap * (rows - 1)) / rows;
    if (cellWidth <= 0 || cellHeight <= 0) continue;
    const [tileWidth, tileHeight] = shapeIn(cellWidth, cellHeight, shape).map(Math.floor);
    const last = count - columns * (rows - 1);
    // The last row's tiles share its width, as wide as the band allows at the same height.
    const lastWidth = Math.floor(
      Math.min((width - gap * (last - 1)) / last, tileHeight * shape.max, width),
    );
    const lastShape = shapeIn(Math.max(lastWidth, tileWidth), tileHeight, shape).map(Math.floor);
    const covered = (count - last) * tileWidth * tileHeight + last * lastShape[0] * lastShape[1];
    const coverage = covered / (width * height);
    if (best && coverage <= best.coverage + 1e-9) continue;
    const blockSize = rows * tileHeight + gap * (rows - 1) - tileHeight + lastShape[1];
    const top = Math.max(0, (height - blockSize) / 2);
    const tiles: TileRect[] = [];
    for (let row = 0; row < rows; row++) {
      const inRow = row === rows - 1 ? last : columns;
      const [w, h] = row === rows - 1 ? lastShape : [tileWidth, tileHeight];
      const rowWidth = inRow * w + gap * (inRow - 1);
      const left = Math.max(0, (width - rowWidth) / 2);
      for (let i = 0; i < inRow; i++) {
        tiles.push({
          x: Math.round(left + i * (w + gap)),
          y: Math.round(top + row * (tileHeight + gap)),
          width: w,
          height: h,
        });
      }
    }
    best = { columns, rows, tileWidth, tileHeight, tiles, coverage };
  }
  return best ?? { columns: 1, rows: count, ...empty };
}
