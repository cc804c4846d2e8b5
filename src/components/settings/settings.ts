import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import type { VideoEffectsProvider } from '../../effects/video-effects.js';
import { settingsStrings } from '../../i18n/en/settings.js';
import { languagePickerStrings } from '../../i18n/en/language-picker.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './settings.styles.js';

/** A section of the settings. */
export type SettingsSection = 'audio' | 'video' | 'language';

const SECTIONS: ReadonlyArray<{ id: SettingsSection; key: string; icon: string; path: string }> = [
  { id: 'audio', key: 'settings.tab_audio', icon: 'mic_on', path: paths.mic_on },
  { id: 'video', key: 'settings.tab_video', icon: 'video_on', path: paths.video_on },
  { id: 'language', key: 'language_picker.label', icon: 'language', path: paths.language },
];

/**
 * The settings `rtk-dialog-manager` shows in its dialog (UI state `activeSettings`): a tab list of
 * sections, Audio (`rtk-settings-audio`: microphone, level, speaker and test sound, notification
 * sounds), Video (`rtk-settings-video`: preview, mirror, camera, and background effects when the
 * page offers them) and Language (`rtk-language-picker`). The tabs sit beside the content, or above
 * it when `size` is `sm`.
 *
 * Keyboard: one tab stop for the list; arrow keys move between sections and show them (mirrored in
 * right-to-left text), Home and End go to the first and last. Renders nothing without a meeting.
 *
 * @csspart menu - The tab list.
 * @csspart tab - Each tab (`tab selected` for the shown one).
 * @csspart main-content - The shown section's panel.
 *
 * @fires rtkStateUpdate - From the sections (mirror, notification sounds, video effect, language).
 * @fires rtkNotification - From the sections, when a device or effect could not be switched.
 */
export class RtkSettings extends RtkElement {
  static override strings = { ...settingsStrings, ...languagePickerStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  /** The section shown first. Our addition. */
  @property() section: SettingsSection = 'audio';

  /** The video effects to offer in the video section (see `rtk-settings-video`). Our addition. */
  @property({ attribute: false }) effects?: VideoEffectsProvider;

  @state() private shown?: SettingsSection;

  private get current(): SettingsSection {
    return this.shown ?? this.section;
  }

  private show(section: SettingsSection, focus = false): void {
    this.shown = section;
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<HTMLButtonElement>(`[role="tab"][data-section="${section}"]`)
          ?.focus(),
      );
    }
  }

  private handleKeydown = (event: KeyboardEvent): void => {
    const index = SECTIONS.findIndex((s) => s.id === this.current);
    const vertical = this.size !== 'sm';
    const rtl = this.matches(':dir(rtl)');
    const next = vertical ? ['ArrowDown'] : [rtl ? 'ArrowLeft' : 'ArrowRight'];
    const previous = vertical ? ['ArrowUp'] : [rtl ? 'ArrowRight' : 'ArrowLeft'];
    let target: number;
    if (next.includes(event.key)) target = (index + 1) % SECTIONS.length;
    else if (previous.includes(event.key)) target = (index - 1 + SECTIONS.length) % SECTIONS.length;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = SECTIONS.length - 1;
    else return;
    event.preventDefault();
    this.show(SECTIONS[target].id, true);
  };

  override render() {
    if (!this.activeMeeting) return nothing;
    const current = this.current;
    const tabId = (id: string) => `settings-tab-${id}`;
    return html`<div
        part="menu"
        role="tablist"
        aria-label=${this.localize('settings.sections')}
        aria-orientation=${this.size === 'sm' ? 'horizontal' : 'vertical'}
        @keydown=${this.handleKeydown}
      >
        ${SECTIONS.map((s) => {
          const selected = s.id === current;
          return html`<button
            part=${selected ? 'tab selected' : 'tab'}
            role="tab"
            type="button"
            id=${tabId(s.id)}
            data-section=${s.id}
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls="settings-panel"
            tabindex=${selected ? 0 : -1}
            @click=${() => this.show(s.id)}
          >
            ${renderIcon(s.icon, this.icons, s.path)}<span>${this.localize(s.key)}</span>
          </button>`;
        })}
      </div>
      <div part="main-content" id="settings-panel" role="tabpanel" aria-labelledby=${tabId(current)}>
        ${
          current === 'audio'
            ? html`<rtk-settings-audio
              .size=${this.size}
            ></rtk-settings-audio>`
            : current === 'language'
              ? html`<rtk-language-picker></rtk-language-picker>`
              : html`<rtk-settings-video
              .size=${this.size}
              .effects=${this.effects}
            ></rtk-settings-video>`
        }
      </div>`;
  }
}
