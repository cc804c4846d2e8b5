// The "enable audio" prompt of `rtk-participants-audio` and what its button does, loaded only
// when the browser blocks autoplay (rare), so a joined meeting does not load it.
import { css, html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../button/rtk-button.js';
import { DialogCloseEvent } from '../../events/dialog-close.js';
import type { TFunction } from '../../i18n/t.js';
import type { IconPack } from '../../icons/icon-pack.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Meeting } from '../../meeting/meeting.js';

/** What the prompt needs of its `rtk-participants-audio`. */
interface AudioHost extends HTMLElement {
  readonly audioElements: HTMLAudioElement[];
  preloadedAudioElem?: HTMLAudioElement;
  resumeAudio(): Promise<void>;
  size?: string;
}

/**
 * The control bar the prompt must not cover: in the same shadow root (rtk-meeting's), else the
 * page's own.
 */
function controlBarOf(host: HTMLElement): Element | null {
  const root = host.getRootNode() as ParentNode;
  return root.querySelector('rtk-controlbar') ?? document.querySelector('rtk-controlbar');
}

/**
 * Keeps the prompt just above the control bar (it floats over the stage's end, never over the
 * meeting's controls), following the bar as it resizes, wraps or goes; without a bar, the
 * stylesheet's place at the bottom of the viewport. Returns what stops it.
 */
function keepAboveControlBar(host: HTMLElement, prompt: HTMLElement): () => void {
  const place = () => {
    const top = controlBarOf(host)?.getBoundingClientRect().top ?? 0;
    // A bar shown in the lower half of the viewport (a layout may put it elsewhere, or hide it).
    const room = top > window.innerHeight / 2 ? window.innerHeight - top : 0;
    prompt.style.insetBlockEnd = room > 0 ? `calc(${room}px + var(--_space) * 2)` : '';
  };
  const resized = new ResizeObserver(place);
  resized.observe(document.documentElement);
  const bar = controlBarOf(host);
  if (bar) resized.observe(bar);
  window.addEventListener('resize', place);
  place();
  return () => {
    resized.disconnect();
    window.removeEventListener('resize', place);
  };
}

/** Each host's ref callback (one per host, so Lit calls it only as the prompt comes and goes). */
const placers = new WeakMap<AudioHost, (el?: Element) => void>();
function placer(host: AudioHost): (el?: Element) => void {
  let stop: (() => void) | undefined;
  const callback =
    placers.get(host) ??
    ((el?: Element) => {
      stop?.();
      stop = el instanceof HTMLElement ? keepAboveControlBar(host, el) : undefined;
    });
  placers.set(host, callback);
  return callback;
}

/** The prompt's styles, loaded with it (rare: only where the browser blocks autoplay). */
const promptStyles = css`
  [part='prompt'] {
    position: fixed;
    /* Centred with the whole width to wrap in (a left of 50% left it half the viewport). The
       prompt module sets the end inset above the control bar. */
    inset-block-end: calc(var(--_space) * 6);
    inset-inline: 0;
    margin-inline: auto;
    inline-size: fit-content;
    z-index: var(--_z-notification);
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    max-inline-size: calc(100vw - var(--_space) * 4);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-radius: var(--_radius-lg);
    background: var(--_bg-raised);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size-sm);
    box-shadow: var(--_shadow-md);
  }
  [part='prompt'] svg {
    flex: none;
    font-size: var(--_font-size-lg);
    color: var(--_text-muted);
  }
`;

/** The prompt: what happened, and the button that resumes the audio. */
export function renderPrompt(host: AudioHost, t: TFunction, icons: IconPack) {
  const root = host.shadowRoot;
  const sheet = promptStyles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return html`<div part="prompt" role="status" ${ref(placer(host))}>
    ${renderIcon('speaker_off', icons, paths.speaker_off)}
    <span>${t('participants_audio.blocked')}</span>
    <rtk-button
      part="enable-button"
      variant="primary"
      .size=${host.size}
      @click=${() => void host.resumeAudio()}
      >${t('participants_audio.enable')}</rtk-button
    >
  </div>`;
}

/**
 * Plays every track again (and the SDK's own audio, and the page's preloaded element). Resolves
 * whether the browser still blocks audio; when a prompt that was shown closes, `dialogClose`.
 */
export async function resume(
  host: AudioHost,
  self: Meeting['self'] | undefined,
  wasBlocked: boolean,
): Promise<boolean> {
  // The SDK (and the demo's synthetic voices) keep their own audio context, resumed here.
  // A refusal comes at once; a play() the browser allowed may stay pending until media flows
  // (WebKit), and an audio context it keeps suspended may never settle (Firefox, outside a
  // gesture): neither keeps the prompt up.
  const within = (start: () => Promise<unknown> | undefined) => {
    let started: Promise<unknown>;
    try {
      started = Promise.resolve(start());
    } catch (error) {
      started = Promise.reject(error);
    }
    return Promise.race([started, new Promise((done) => setTimeout(done, 1500))]);
  };
  const preloaded = host.preloadedAudioElem;
  const results = await Promise.allSettled([
    within(() => self?.playAudio?.()),
    ...(preloaded ? [within(() => preloaded.play())] : []),
    ...host.audioElements.map((el) => within(() => el.play())),
  ]);
  const blocked = results.some(
    (r) =>
      r.status === 'rejected' &&
      (r.reason as { name?: string } | undefined)?.name === 'NotAllowedError',
  );
  if (wasBlocked && !blocked) host.dispatchEvent(new DialogCloseEvent());
  return blocked;
}
