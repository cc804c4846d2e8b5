import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { keyboardShortcutsStrings } from '../../i18n/en/keyboard-shortcuts.js';
import {
  isApple,
  pushToTalkOn,
  shortcutTable,
  type KeyCombo,
  type ShortcutAction,
} from '../../internal/shortcuts.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './keyboard-shortcuts.styles.js';

/** The string key of each action's description. */
export const ACTION_KEYS: Record<ShortcutAction, string> = {
  mic: 'keyboard_shortcuts.mic',
  camera: 'keyboard_shortcuts.camera',
  screenshare: 'keyboard_shortcuts.screenshare',
  raiseHand: 'keyboard_shortcuts.raise_hand',
  reactions: 'keyboard_shortcuts.reactions',
  chat: 'keyboard_shortcuts.chat',
  participants: 'keyboard_shortcuts.participants',
  qna: 'keyboard_shortcuts.qna',
  captions: 'keyboard_shortcuts.captions',
  leave: 'keyboard_shortcuts.leave',
  help: 'keyboard_shortcuts.help',
};

/**
 * The help of the keyboard shortcuts: a modal dialog (`rtk-dialog`: focus stays in it, Escape or
 * Close ends it and focus goes back) with a table of every shortcut and its keys, as
 * `config.shortcuts` sets them (Ctrl and Alt show as ⌘ and ⌥ on Apple devices), and push to talk
 * (hold Space while the microphone is off). `rtk-controlbar` opens it on `?`. Our addition.
 *
 * @csspart dialog - The `rtk-dialog`.
 * @csspart intro - The sentence above the table.
 * @csspart table - The table of shortcuts.
 * @csspart keys - The keys of one shortcut.
 *
 * @fires rtkDialogClose - After the help closed.
 */
export class RtkKeyboardShortcuts extends RtkElement {
  static override strings = keyboardShortcutsStrings;

  static override styles = [tokens, hostStyles, styles];

  /** Whether the help is shown. Set to false when it closes. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Opens the help. */
  show(): void {
    this.open = true;
  }

  /** Closes the help. */
  close(): void {
    this.open = false;
  }

  private handleClose = (): void => {
    this.open = false;
  };

  private keys(combo: KeyCombo) {
    const t = this.localize;
    const apple = isApple();
    const names: string[] = [];
    if (combo.mod) names.push(apple ? '⌘' : t('keyboard_shortcuts.ctrl'));
    if (combo.alt) names.push(apple ? '⌥' : t('keyboard_shortcuts.alt'));
    if (combo.shift) names.push(apple ? '⇧' : t('keyboard_shortcuts.shift'));
    names.push(
      combo.key === ' '
        ? t('keyboard_shortcuts.space')
        : t('keyboard_shortcuts.key', { key: combo.key.toUpperCase() }),
    );
    return html`<span part="keys"
      >${names.map((name, i) => html`${i ? html`<span class="plus">+</span>` : nothing}<kbd>${name}</kbd>`)}</span
    >`;
  }

  override render() {
    if (!this.open) return nothing;
    const t = this.localize;
    const config = this.activeConfig.shortcuts;
    const rows = shortcutTable(config);
    return html`<rtk-dialog
      part="dialog"
      open
      .label=${t('keyboard_shortcuts.title')}
      @rtkDialogClose=${this.handleClose}
    >
      <p part="intro">${t('keyboard_shortcuts.intro')}</p>
      <table part="table">
        <thead>
          <tr>
            <th scope="col">${t('keyboard_shortcuts.action')}</th>
            <th scope="col">${t('keyboard_shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <th scope="row">${t(ACTION_KEYS[row.action])}</th>
              <td>${this.keys(row.combo)}</td>
            </tr>`,
          )}
          ${
            pushToTalkOn(config)
              ? html`<tr>
                <th scope="row">${t('keyboard_shortcuts.ptt')}</th>
                <td>
                  <span part="keys"
                    >${t('keyboard_shortcuts.ptt_keys', { key: t('keyboard_shortcuts.space') })}</span
                  >
                </td>
              </tr>`
              : nothing
          }
        </tbody>
      </table>
    </rtk-dialog>`;
  }
}
