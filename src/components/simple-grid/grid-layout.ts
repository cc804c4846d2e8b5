/** Columns, rows and tile size that fill a box best. */
export interface GridLayout {
  columns: number;
  rows: number;
  /** Tile width and height in pixels, 0 when the box is not measured yet. */
  tileWidth: number;
  tileHeight: number;
}

/** Parses `16:9`, `16/9` or `1.5` into width ÷ height; anything else is 16:9. */
export function parseAspectRatio(value: string | undefined): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:[:/]\s*(\d+(?:\.\d+)?))?\s*$/.exec(value ?? '');
  const ratio = match ? Number(match[1]) / Number(match[2] ?? 1) : NaN;
  return Number.isFinite(ratio) && ratio > 0 ? ratio : 16 / 9;
}

/**
 * Chooses the column count whose tiles, kept at `ratio`, are the largest in a `width`×`height`
 * box with `gap` between tiles. Without a measured box it falls back to a square-ish grid.
 */
export function computeGridLayout(
  count: number,
  width: number,
  height: number,
  ratio: number,
  gap: number,
): GridLayout {
  if (count <= 0) return { columns: 0, rows: 0, tileWidth: 0, tileHeight: 0 };
  if (width <= 0 || height <= 0) {
    const columns = Math.ceil(Math.sqrt(count));
    return { columns, rows: Math.ceil(count / columns), tileWidth: 0, tileHeight: 0 };
  }
  let best: GridLayout = { columns: 1, rows: count, tileWidth: 0, tileHeight: 0 };
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    let tileWidth = (width - gap * (columns - 1)) / columns;
    let tileHeight = (height - gap * (rows - 1)) / rows;
    if (tileWidth <= 0 || tileHeight <= 0) continue;
    if (tileWidth / tileHeight > ratio) tileWidth = tileHeight * ratio;
    else tileHeight = tileWidth / ratio;
    if (tileWidth > best.tileWidth) best = { columns, rows, tileWidth, tileHeight };
  }
  // Floor so that rounding never pushes the last tile of a row onto the next line.
  return {
    ...best,
    tileWidth: Math.floor(best.tileWidth),
    tileHeight: Math.floor(best.tileHeight),
  };
}
