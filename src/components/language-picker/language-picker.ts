import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { languagePickerStrings } from '../../i18n/en/language-picker.js';
import { languages, loadLanguage, matchLanguage, rememberLanguage } from '../../i18n/languages.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './language-picker.styles.js';

/**
 * A list of the languages the kit ships, each named in its own language, that switches the meeting
 * to the one chosen: it downloads that language's pack, remembers the choice in `localStorage` for
 * the next visit and sets the UI state `language`, which the provider (`rtk-meeting`,
 * `rtk-ui-provider`) follows unless the page gives its own `t`. Shows the language in use. A pack
 * that cannot be downloaded leaves the language as it was and says so. Our addition (the official
 * kit has no language picker). Needs no meeting.
 *
 * @csspart label - The "Language" label.
 * @csspart select - The `<select>` of languages.
 * @csspart status - The line under it while a pack downloads or when it failed.
 * @fires rtkStateUpdate - `{ language }` once the chosen language's pack is downloaded.
 */
export class RtkLanguagePicker extends RtkElement {
  static override strings = languagePickerStrings;

  static override styles = [tokens, hostStyles, focusRing, styles];

  /**
   * Downloads a pack (tests make it fail).
   * @internal
   */
  static loadPack: (code: string) => Promise<unknown> = loadLanguage;

  /** The language being downloaded, and the one that failed to. */
  @state() private pending?: string;
  @state() private failed?: string;

  /** The shipped language in use (English for a page's own `t` in a language the kit lacks). */
  private get current(): string {
    return matchLanguage(this.localize.locale) ?? 'en';
  }

  private nameOf(code: string): string {
    return languages.find((l) => l.code === code)?.name ?? code;
  }

  private handleChange = async (event: Event): Promise<void> => {
    const code = (event.target as HTMLSelectElement).value;
    this.pending = code;
    this.failed = undefined;
    try {
      await (this.constructor as typeof RtkLanguagePicker).loadPack(code);
    } catch {
      if (this.pending === code) {
        this.pending = undefined;
        this.failed = code;
      }
      return;
    }
    if (this.pending !== code) return; // another language was chosen meanwhile
    this.pending = undefined;
    rememberLanguage(code);
    this.updateStates({ language: code });
  };

  override render() {
    const t = this.localize;
    const selected = this.pending ?? this.current;
    const status = this.pending
      ? t('language_picker.loading', { language: this.nameOf(this.pending) })
      : this.failed
        ? t('language_picker.failed', { language: this.nameOf(this.failed) })
        : '';
    return html`<label part="label" for="language">${t('language_picker.label')}</label>
      <select
        id="language"
        part="select"
        aria-busy=${this.pending ? 'true' : nothing}
        aria-describedby=${status ? 'status' : nothing}
        @change=${this.handleChange}
      >
        ${languages.map(
          (l) =>
            html`<option value=${l.code} lang=${l.code} .selected=${live(l.code === selected)}>
              ${l.name}
            </option>`,
        )}
      </select>
      <p id="status" part="status" role=${this.failed ? 'alert' : 'status'} ?hidden=${!status}>
        ${status}
      </p>`;
  }
}
