// The "enable audio" prompt of `rtk-participants-audio` and what its button does, loaded only
// when the browser blocks autoplay (rare), so a joined meeting does not load it.
import { html } from 'lit';
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

/** The prompt: what happened, and the button that resumes the audio. */
export function renderPrompt(host: AudioHost, t: TFunction, icons: IconPack) {
  return html`<div part="prompt" role="status">
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
  const resumeSelf = async () => {
    if (typeof self?.playAudio === 'function') await self.playAudio();
  };
  const preloaded = host.preloadedAudioElem;
  const results = await Promise.allSettled([
    resumeSelf(),
    ...(preloaded ? [preloaded.play()] : []),
    ...host.audioElements.map((el) => el.play()),
  ]);
  const blocked = results.some(
    (r) =>
      r.status === 'rejected' &&
      (r.reason as { name?: string } | undefined)?.name === 'NotAllowedError',
  );
  if (wasBlocked && !blocked) host.dispatchEvent(new DialogCloseEvent());
  return blocked;
}
