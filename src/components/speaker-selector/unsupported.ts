// What `rtk-speaker-selector` shows where the browser cannot choose a sound output (no
// `setSinkId`: Safari and other WebKit browsers): the list, disabled, on the system's output, and
// why. Loaded only there, with its strings.
import { html } from 'lit';
import { speakerSelectorStrings } from '../../i18n/en/speaker-selector.js';
import { withStrings, type Translator } from '../../i18n/t.js';
import type { IconPack } from '../../icons/icon-pack.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';

/** The disabled list and the reason, described by it (`variant` as the selector's). */
export function renderUnsupported(
  variant: 'full' | 'inline',
  localize: Translator,
  icons: IconPack,
) {
  const t = withStrings(localize, speakerSelectorStrings);
  return html`<div part="speaker-selection" class="field" data-unsupported>
    <label part="label" for="speaker-unsupported"
      >${renderIcon('speaker', icons, paths.speaker)}<span
        class=${variant === 'inline' ? 'visually-hidden' : 'text'}
        >${t('settings.speaker')}</span
      ></label
    >
    <select id="speaker-unsupported" part="select" disabled aria-describedby="speaker-why">
      <option selected>${t('speaker_selector.system')}</option>
    </select>
    <p part="status" id="speaker-why">${t('speaker_selector.unsupported')}</p>
  </div>`;
}
