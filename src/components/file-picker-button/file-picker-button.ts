import { html, LitElement } from 'lit';
import { property, query } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { FileChangeEvent } from '../../events/file-change.js';
import { chatStrings } from '../../i18n/en/chat.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './file-picker-button.styles.js';

/**
 * An icon button that opens the system's file picker and reports the chosen file(s), one
 * `fileChange` each. `filter` limits what the picker offers (`image/*`, `.pdf`, …).
 *
 * @fires fileChange - A file was chosen; `detail` is the `File`.
 *
 * @csspart button - The `rtk-button`.
 * @csspart input - The hidden `<input type="file">`.
 */
export class RtkFilePickerButton extends RtkElement {
  static override strings = chatStrings;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  /** What the picker offers, as the `accept` attribute of a file input (e.g. `image/*`). */
  @property() filter = '';

  /** Icon name (`attach`, `image`, …). */
  @property() icon = 'attach';

  /** Accessible name of the button (default "Attach a file"). */
  @property() label?: string;

  /** Disables the button. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Let the user choose several files at once. */
  @property({ type: Boolean }) multiple = false;

  @query('input') private input?: HTMLInputElement;

  /** Opens the file picker, as a click would. */
  open(): void {
    if (!this.disabled) this.input?.click();
  }

  private handleChange = (): void => {
    const input = this.input;
    if (!input) return;
    for (const file of input.files ?? []) {
      this.dispatchEvent(new FileChangeEvent(file));
    }
    // Choosing the same file again must fire again.
    input.value = '';
  };

  override render() {
    const icon =
      this.icon === 'image' ? paths.image : this.icon === 'file' ? paths.file : paths.attach;
    return html`<rtk-button
        part="button"
        kind="icon"
        variant="ghost"
        label=${this.label ?? this.localize('chat.attach_file')}
        ?disabled=${this.disabled}
        .size=${this.size}
        @click=${() => this.open()}
        >${renderIcon(this.icon, this.icons, icon)}</rtk-button
      ><input
        part="input"
        type="file"
        tabindex="-1"
        aria-hidden="true"
        accept=${this.filter}
        ?multiple=${this.multiple}
        @change=${this.handleChange}
      />`;
  }
}
