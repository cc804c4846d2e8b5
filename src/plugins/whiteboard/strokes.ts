// The whiteboard's shared data, with no UI: what a stroke is in the plugin store, how a value
// read from the store (written by anyone) is checked, and how strokes are drawn on a canvas.
// The demo's scripted people write strokes with these helpers too.

/** The board is this many units wide and `BOARD_HEIGHT` high, whatever the screen. */
export const BOARD_WIDTH = 1600;
/** Height of the board in units (16:10). */
export const BOARD_HEIGHT = 1000;

/** The pen's colours, by name (their names are translated: `whiteboard.color_<name>`). */
export const COLORS = {
  black: '#1f2937',
  red: '#dc2626',
  blue: '#2563eb',
  green: '#16a34a',
  orange: '#ea580c',
  purple: '#7c3aed',
} as const;

/** A colour of the pen. */
export type ColorName = keyof typeof COLORS;

/** Width of the pen and of the eraser, in board units. */
export const PEN_WIDTH = 6;
/** Width of the eraser, in board units. */
export const ERASER_WIDTH = 44;

/** One stroke, as stored under `stroke:<id>` in the plugin store. */
export interface Stroke {
  /** Unique: `<peer id>:<time>:<n>`. */
  id: string;
  /** Peer id of whoever drew it. */
  by: string;
  /** Their name when they drew it. */
  name: string;
  /** `pen` draws in `color`; `eraser` removes what is under it. */
  tool: 'pen' | 'eraser';
  color: ColorName;
  /** x, y, x, y, … in board units. */
  points: number[];
  /** When it was drawn (ms since the epoch): strokes are drawn in this order. */
  at: number;
}

/** The prefix of the store keys that hold strokes. */
export const STROKE_PREFIX = 'stroke:';

/** The store key of a stroke. */
export const strokeKey = (id: string): string => `${STROKE_PREFIX}${id}`;

/** The name of the store that holds the strokes of a whiteboard plugin. */
export const storeNameOf = (pluginId: string): string => `whiteboard:${pluginId}`;

/** The most points one stroke may carry (longer strokes are cut). */
const MAX_POINTS = 4000;

const clamp = (n: number, max: number) => Math.min(max, Math.max(0, Math.round(n)));

/** A stroke read from the store, checked field by field; `undefined` when it is not one. */
export function parseStroke(value: unknown): Stroke | undefined {
  const v = value as Partial<Stroke> | null | undefined;
  if (!v || typeof v !== 'object' || typeof v.id !== 'string' || !Array.isArray(v.points))
    return undefined;
  if (v.tool !== 'pen' && v.tool !== 'eraser') return undefined;
  const color = typeof v.color === 'string' && v.color in COLORS ? v.color : 'black';
  const points: number[] = [];
  for (let i = 0; i + 1 < v.points.length && points.length < MAX_POINTS * 2; i += 2) {
    const x = Number(v.points[i]);
    const y = Number(v.points[i + 1]);
    if (Number.isFinite(x) && Number.isFinite(y))
      points.push(clamp(x, BOARD_WIDTH), clamp(y, BOARD_HEIGHT));
  }
  if (points.length < 2) return undefined;
  return {
    id: v.id,
    by: typeof v.by === 'string' ? v.by : '',
    name: typeof v.name === 'string' ? v.name.slice(0, 100) : '',
    tool: v.tool,
    color: color as ColorName,
    points,
    at: Number.isFinite(v.at) ? Number(v.at) : 0,
  };
}

/** The strokes in a store's data (`getAll()`), in drawing order. */
export function strokesOf(data: Record<string, unknown> | undefined): Stroke[] {
  const strokes: Stroke[] = [];
  for (const [key, value] of Object.entries(data ?? {})) {
    if (!key.startsWith(STROKE_PREFIX)) continue;
    const stroke = parseStroke(value);
    if (stroke && strokeKey(stroke.id) === key) strokes.push(stroke);
  }
  return sortStrokes(strokes);
}

/** Strokes in drawing order: by time, then id. */
export function sortStrokes(strokes: Stroke[]): Stroke[] {
  return strokes.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Draws `stroke` on `ctx`, whose transform maps board units to pixels. */
export function drawStroke(ctx: CanvasRenderingContext2D, stroke: Stroke): void {
  const p = stroke.points;
  ctx.save();
  ctx.globalCompositeOperation = stroke.tool === 'eraser' ? 'destination-out' : 'source-over';
  ctx.strokeStyle = stroke.tool === 'eraser' ? '#000' : COLORS[stroke.color];
  ctx.fillStyle = ctx.strokeStyle;
  ctx.lineWidth = stroke.tool === 'eraser' ? ERASER_WIDTH : PEN_WIDTH;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  if (p.length === 2) {
    ctx.beginPath();
    ctx.arc(p[0]!, p[1]!, ctx.lineWidth / 2, 0, Math.PI * 2);
    ctx.fill();
  } else {
    ctx.beginPath();
    ctx.moveTo(p[0]!, p[1]!);
    for (let i = 2; i + 1 < p.length; i += 2) ctx.lineTo(p[i]!, p[i + 1]!);
    ctx.stroke();
  }
  ctx.restore();
}
