import {
  backgroundMiddleware,
  builtInBackground,
  releaseSegmenter,
  type BackgroundKind,
} from './background.js';
import type { VideoMiddleware } from './video-effect-types.js';

/**
 * Which built-in background effect a meeting uses, shared by every element showing it (the
 * settings' video section and the setup screen), and remembered for the next meeting in
 * `localStorage` (`rtk-background-effect`: the choice; `rtk-background-picture`: an uploaded
 * picture, scaled down, as a JPEG data URL).
 */

/** `off`, `blur-light`, `blur-strong`, `image:<built-in id>` or `upload`. */
export type BackgroundChoice = string;

export const CHOICE_KEY = 'rtk-background-effect';
export const PICTURE_KEY = 'rtk-background-picture';

type MiddlewareResult = { success?: boolean; message?: string } | void;
type SelfMiddlewares = {
  addVideoMiddleware?: (middleware: unknown) => Promise<MiddlewareResult>;
  removeVideoMiddleware?: (middleware: unknown) => Promise<MiddlewareResult>;
};

interface Applied {
  choice: BackgroundChoice;
  middleware?: VideoMiddleware;
}

const applied = new WeakMap<object, Applied>();

/** Blur strengths (pixels at 640×360). */
export const BLUR = { 'blur-light': 8, 'blur-strong': 22 } as const;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The choice remembered from an earlier meeting (`off` when none). */
export function rememberedChoice(): BackgroundChoice {
  return storage()?.getItem(CHOICE_KEY) ?? 'off';
}

/** The uploaded picture remembered, as a data URL. */
export function rememberedPicture(): string | undefined {
  return storage()?.getItem(PICTURE_KEY) ?? undefined;
}

/** The choice in use for `meeting` (`off` when none). */
export function choiceOf(meeting: object | undefined): BackgroundChoice {
  return (meeting && applied.get(meeting)?.choice) || 'off';
}

/** Remembers an uploaded picture (scaled to at most 640×360) for the next meeting. */
export function rememberPicture(picture: HTMLCanvasElement): void {
  const scale = Math.min(1, 640 / picture.width, 360 / picture.height);
  const c = document.createElement('canvas');
  c.width = Math.round(picture.width * scale);
  c.height = Math.round(picture.height * scale);
  c.getContext('2d')!.drawImage(picture, 0, 0, c.width, c.height);
  try {
    storage()?.setItem(PICTURE_KEY, c.toDataURL('image/jpeg', 0.82));
  } catch {
    // Storage full or refused: the picture is used now, not remembered.
  }
}

async function imageFromUrl(url: string): Promise<CanvasImageSource> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

/** What `choice` draws, or `undefined` for none. */
async function kindOf(
  choice: BackgroundChoice,
  upload?: CanvasImageSource,
): Promise<BackgroundKind | undefined> {
  if (choice === 'blur-light' || choice === 'blur-strong') return { blur: BLUR[choice] };
  if (choice.startsWith('image:')) {
    const image = builtInBackground(choice.slice(6));
    return image ? { image } : undefined;
  }
  if (choice === 'upload') {
    const picture = upload ?? rememberedPicture();
    if (!picture) return undefined;
    return { image: typeof picture === 'string' ? await imageFromUrl(picture) : picture };
  }
  return undefined;
}

function check(result: MiddlewareResult): void {
  if (result && result.success === false)
    throw new Error(result.message || 'The video middleware was refused.');
}

/**
 * Applies `choice` to `meeting`: removes the effect in use (`self.removeVideoMiddleware`), then adds
 * the new one (`self.addVideoMiddleware`). Rejects when the meeting refuses (the previous effect is
 * then off) or the segmentation cannot load; the choice is remembered only once it is in use.
 */
export async function applyChoice(
  meeting: { self?: unknown } | undefined,
  choice: BackgroundChoice,
  upload?: CanvasImageSource,
): Promise<void> {
  const self = meeting?.self as SelfMiddlewares | undefined;
  if (!meeting || !self?.addVideoMiddleware || !self.removeVideoMiddleware)
    throw new Error('This meeting has no video middlewares.');
  const current = applied.get(meeting);
  if ((current?.choice ?? 'off') === choice && choice !== 'upload') return;
  const kind = await kindOf(choice, upload);
  const middleware = kind ? backgroundMiddleware(kind) : undefined;
  if (current?.middleware) {
    check(await self.removeVideoMiddleware(current.middleware));
    applied.delete(meeting);
  }
  if (middleware) {
    check(await self.addVideoMiddleware(middleware));
    applied.set(meeting, { choice, middleware });
  } else releaseSegmenter();
  storage()?.setItem(CHOICE_KEY, middleware ? choice : 'off');
}

/** Forgets `meeting`'s effect (on leaving: the SDK drops its middlewares with the meeting). */
export function forgetMeeting(meeting: object): void {
  applied.delete(meeting);
  releaseSegmenter();
}
