import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import type { DeleteAttachmentEvent, DraftAttachment } from '../../events/delete-attachment.js';
import { EditCancelEvent } from '../../events/edit-cancel.js';
import { EditMessageEvent } from '../../events/edit-message.js';
import type { FileChangeEvent } from '../../events/file-change.js';
import { NewMessageEvent, type NewMessageDetail } from '../../events/new-message.js';
import type { PickerCloseEvent } from '../../events/picker-close.js';
import { QuotedMessageDismissEvent } from '../../events/quoted-message-dismiss.js';
import type { RtkEmojiClickedEvent } from '../../events/rtk-emoji-clicked.js';
import type { TextChangeEvent } from '../../events/text-change.js';
import { attachmentOf } from '../../internal/chat-helpers.js';
import { chatStrings } from '../../i18n/en/chat.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './chat-composer-view.styles.js';

/** A conversation's unsent text and attachments. */
interface Draft {
  text: string;
  attachments: DraftAttachment[];
}

/**
 * Drafts by `storageKey`, kept for the page's lifetime: switching conversations, or closing and
 * reopening the chat, never loses what was typed or attached.
 */
const drafts = new Map<string, Draft>();

/**
 * The chat composer, without meeting logic: a text field, attachments waiting to be sent, file
 * and image pickers, an emoji picker and the send button.
 *
 * Enter sends, Shift+Enter starts a new line; nothing is sent while an input method (IME) is
 * composing. It sends nothing itself: `newMessage` carries the text and attachments, and the
 * owner (`rtk-chat-composer-ui`) calls the meeting, then clears what was sent with `clearText()`
 * / `removeAttachment()`: what failed stays in the composer.
 *
 * With `storageKey`, the draft (text and attachments) is kept per key, so each conversation has
 * its own. In edit mode (`isEditing`) the field holds `message`, the button saves, Escape (or the
 * cancel button) fires `editCancel`, and the draft comes back afterwards.
 *
 * Replying: with `quotedMessage` (the line quoted) and `quotedAuthor`, the quote is shown above
 * the field with a close button; closing it (or Escape) fires `quotedMessageDismiss`. The owner
 * puts the quote into what it sends.
 *
 * @fires newMessage - Send was asked for; `detail` is `{ text, attachments }`.
 * @fires editMessage - Save was asked for in edit mode; `detail` is `{ text }`.
 * @fires editCancel - Editing was cancelled.
 * @fires quotedMessageDismiss - The quote of a reply was dismissed.
 *
 * @slot chat-addon - Above the composer (the official kit's slot), e.g. the page's note or tools.
 * @slot chat-buttons - After the attach and emoji buttons (the official kit's slot): the page's
 * own buttons; not while editing.
 *
 * @csspart editing - The "editing your message" bar.
 * @csspart quoted-message-container - The quote of the message being replied to.
 * @csspart quoted-author - The quoted person's name.
 * @csspart quoted-text - The quoted line.
 * @csspart attachments - The list of attachments waiting to be sent.
 * @csspart chat-input - The `rtk-text-composer-view`.
 * @csspart chat-buttons - The row of buttons.
 * @csspart chat-buttons-left - Pickers (file, image, emoji).
 * @csspart chat-buttons-right - The send / save button.
 * @csspart emoji-picker - The `rtk-emoji-picker`, while open.
 * @csspart reason - Why the user cannot send (text or files).
 */
export class RtkChatComposerView extends RtkElement {
  static override strings = chatStrings;

  static override styles = [tokens, hostStyles, focusRing, styles];

  /** The user may send files and images. */
  @property({ type: Boolean, attribute: 'can-send-files' }) canSendFiles = true;

  /** The user may send texts. */
  @property({ type: Boolean, attribute: 'can-send-text-message' }) canSendTextMessage = true;

  /** Hide the emoji picker. */
  @property({ type: Boolean, attribute: 'disable-emoji-picker' }) disableEmojiPicker = false;

  /** Placeholder of the text field. */
  @property({ attribute: 'input-text-placeholder' }) inputTextPlaceholder?: string;

  /** Edit mode: the field holds `message` and the button saves it. */
  @property({ type: Boolean, attribute: 'is-editing' }) isEditing = false;

  /** A send or save is in flight: the button shows it and new sends wait. */
  @property({ type: Boolean, attribute: 'is-sending' }) isSending = false;

  /** The most characters a text may have. */
  @property({ type: Number, attribute: 'max-length' }) maxLength?: number;

  /** In edit mode: the text being edited. */
  @property() message = '';

  /** At most `maxInvocations` sends per `period` seconds; past that the user is asked to wait. */
  @property({ attribute: false }) rateLimits?: { maxInvocations: number; period: number };

  /** Key of the draft to show and keep (one per conversation). */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  /** The message being replied to, as the line to quote (shown above the field). */
  @property({ attribute: 'quoted-message' }) quotedMessage = '';

  /** The name of the person quoted by `quotedMessage`. Our addition. */
  @property({ attribute: 'quoted-author' }) quotedAuthor = '';

  /** Why the user cannot send text or files, shown under the field. Our addition. */
  @property() reason?: string;

  @state() private text = '';
  @state() private attachments: DraftAttachment[] = [];
  @state() private emojiOpen = false;
  @state() private rateLimited = false;

  @query('rtk-text-composer-view') private field?: HTMLElementTagNameMap['rtk-text-composer-view'];

  private sentAt: number[] = [];
  /** The draft put aside while editing. */
  private stash?: Draft;

  /** The attachments waiting to be sent. */
  get pendingAttachments(): readonly DraftAttachment[] {
    return this.attachments;
  }

  /** The text typed so far. */
  get value(): string {
    return this.text;
  }

  /** Adds files to send (images are previewed); ignored when files are not allowed. */
  addFiles(files: Iterable<File>): void {
    if (!this.canSendFiles || this.isEditing) return;
    this.attachments = [...this.attachments, ...[...files].map(attachmentOf)];
    this.saveDraft();
  }

  /** Removes an attachment (after it was sent, or when the user removes it). */
  removeAttachment(attachment: DraftAttachment): void {
    this.attachments = this.attachments.filter((a) => a !== attachment);
    this.saveDraft();
  }

  /** Empties the text field (after the text was sent). */
  clearText(): void {
    this.setText('');
  }

  /** Replaces the text. */
  setText(text: string): void {
    this.text = text;
    void this.field?.setText(text);
    this.saveDraft();
  }

  override focus(options?: FocusOptions): void {
    if (this.field) this.field.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey')) {
      const previous = changed.get('storageKey') as string | undefined;
      if (previous !== undefined && !this.isEditing)
        drafts.set(previous, { text: this.text, attachments: this.attachments });
      this.loadDraft();
    }
    if (changed.has('isEditing') && (this.isEditing || changed.get('isEditing') !== undefined)) {
      if (this.isEditing) {
        this.stash = { text: this.text, attachments: this.attachments };
        this.text = this.message;
        this.attachments = [];
        this.emojiOpen = false;
      } else if (this.stash) {
        this.text = this.stash.text;
        this.attachments = this.stash.attachments;
        this.stash = undefined;
      }
    } else if (changed.has('message') && this.isEditing) {
      this.text = this.message;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('isEditing') && this.isEditing) void this.field?.setText(this.text, true);
  }

  private loadDraft(): void {
    const draft = this.storageKey !== undefined ? drafts.get(this.storageKey) : undefined;
    this.text = draft?.text ?? '';
    this.attachments = draft?.attachments ?? [];
  }

  private saveDraft(): void {
    if (this.storageKey === undefined || this.isEditing) return;
    if (!this.text && !this.attachments.length) drafts.delete(this.storageKey);
    else drafts.set(this.storageKey, { text: this.text, attachments: this.attachments });
  }

  private tooLong(): boolean {
    return this.maxLength !== undefined && this.maxLength > 0 && this.text.length > this.maxLength;
  }

  /** Whether the send / save button would do something now. */
  private get ready(): boolean {
    const text = this.text.trim();
    if (this.isEditing) return this.canSendTextMessage && !!text && !this.tooLong();
    const sendsText = !!text && this.canSendTextMessage && !this.tooLong();
    const sendsFiles = this.attachments.length > 0 && this.canSendFiles;
    return (sendsText || sendsFiles) && !(text && this.tooLong());
  }

  private overRateLimit(): boolean {
    const limits = this.rateLimits;
    if (!limits || !(limits.maxInvocations > 0) || !(limits.period > 0)) return false;
    const now = Date.now();
    this.sentAt = this.sentAt.filter((at) => now - at < limits.period * 1000);
    return this.sentAt.length >= limits.maxInvocations;
  }

  /** Sends (or saves), as the button or Enter would. */
  submit(): void {
    if (this.isSending || !this.ready) return;
    const text = this.text.trim();
    if (this.isEditing) {
      this.dispatchEvent(new EditMessageEvent(text));
      return;
    }
    if (this.overRateLimit()) {
      this.rateLimited = true;
      return;
    }
    this.sentAt.push(Date.now());
    const detail: NewMessageDetail = {
      text: this.canSendTextMessage ? text : '',
      attachments: this.canSendFiles ? [...this.attachments] : [],
    };
    this.dispatchEvent(new NewMessageEvent(detail));
  }

  private get quoting(): boolean {
    return !this.isEditing && Boolean(this.quotedMessage || this.quotedAuthor);
  }

  private dismissQuote = (): void => {
    this.dispatchEvent(new QuotedMessageDismissEvent());
    this.focus();
  };

  private cancelEdit(): void {
    this.dispatchEvent(new EditCancelEvent());
  }

  private handleKey = (event: KeyboardEvent): void => {
    // An IME is composing (Enter confirms the composition): never send.
    if (event.isComposing || event.keyCode === 229) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      this.submit();
    } else if (event.key === 'Escape' && this.isEditing) {
      event.preventDefault();
      event.stopPropagation();
      this.cancelEdit();
    } else if (event.key === 'Escape' && this.quoting) {
      event.preventDefault();
      event.stopPropagation();
      this.dismissQuote();
    }
  };

  private handleText = (event: TextChangeEvent): void => {
    event.stopPropagation();
    this.text = event.detail;
    this.rateLimited = false;
    this.saveDraft();
  };

  private handleFile = (event: FileChangeEvent): void => {
    event.stopPropagation();
    this.addFiles([event.detail]);
  };

  private handleRemove = (event: DeleteAttachmentEvent): void => {
    event.stopPropagation();
    this.removeAttachment(event.detail);
    this.focus();
  };

  private toggleEmoji = (): void => {
    this.emojiOpen = !this.emojiOpen;
    if (this.emojiOpen) void import('../emoji-picker/rtk-emoji-picker.js');
  };

  private handleEmoji = (event: RtkEmojiClickedEvent): void => {
    event.stopPropagation();
    this.emojiOpen = false;
    this.field?.insertText(event.detail);
    this.field?.focus();
  };

  private handlePickerClose = (event: PickerCloseEvent): void => {
    event.stopPropagation();
    this.emojiOpen = false;
    this.shadowRoot?.querySelector<HTMLElement>('rtk-emoji-picker-button')?.focus();
  };

  override render() {
    const canText = this.canSendTextMessage;
    const canFiles = this.canSendFiles && !this.isEditing;
    if (!canText && !this.canSendFiles) {
      return html`<p part="reason" class="reason" role="note">${this.reason ?? this.localize('chat.cannot_send')}</p>`;
    }
    return html`<slot name="chat-addon"></slot>
      ${
        this.isEditing
          ? html`<div part="editing" class="editing">
            ${renderIcon('edit', this.icons, paths.edit)}
            <span>${this.localize('chat.editing')}</span>
            <rtk-button
              kind="icon"
              variant="ghost"
              size="sm"
              label=${this.localize('chat.cancel_edit')}
              @click=${this.cancelEdit}
              >${renderIcon('close', this.icons, paths.close)}</rtk-button
            >
          </div>`
          : nothing
      }
      ${
        this.quoting
          ? html`<div part="quoted-message-container" class="quote" role="group" aria-label=${this.localize('chat.replying_to', { name: this.quotedAuthor })}>
            ${renderIcon('reply', this.icons, paths.reply)}
            <div class="quote-text">
              <span part="quoted-author" class="quote-author">${this.localize('chat.replying_to', { name: this.quotedAuthor })}</span>
              <span part="quoted-text" dir="auto">${this.quotedMessage}</span>
            </div>
            <rtk-button
              kind="icon"
              variant="ghost"
              size="sm"
              label=${this.localize('chat.cancel_reply')}
              @click=${this.dismissQuote}
              >${renderIcon('close', this.icons, paths.close)}</rtk-button
            >
          </div>`
          : nothing
      }
      ${
        this.attachments.length
          ? html`<ul part="attachments" class="attachments" aria-label=${this.localize('chat.attachments')}>
            ${this.attachments.map(
              (attachment) => html`<li>
                <rtk-draft-attachment-view
                  .attachment=${attachment}
                  @deleteAttachment=${this.handleRemove}
                ></rtk-draft-attachment-view>
              </li>`,
            )}
          </ul>`
          : nothing
      }
      ${
        canText
          ? html`<rtk-text-composer-view
            part="chat-input"
            .value=${this.text}
            .placeholder=${this.inputTextPlaceholder ?? this.localize('chat.placeholder')}
            .maxLength=${this.maxLength}
            .rateLimitBreached=${this.rateLimited}
            .keyDownHandler=${this.handleKey}
            @textChange=${this.handleText}
          ></rtk-text-composer-view>`
          : nothing
      }
      ${this.reason ? html`<p part="reason" class="reason" role="note">${this.reason}</p>` : nothing}
      <div part="chat-buttons" class="buttons">
        <div part="chat-buttons-left" class="left">
          ${
            canFiles
              ? html`<rtk-file-picker-button
                  icon="attach"
                  .label=${this.localize('chat.attach_file')}
                  @fileChange=${this.handleFile}
                ></rtk-file-picker-button
                ><rtk-file-picker-button
                  icon="image"
                  filter="image/gif,image/jpeg,image/png"
                  .label=${this.localize('chat.attach_image')}
                  @fileChange=${this.handleFile}
                ></rtk-file-picker-button>`
              : nothing
          }
          ${
            canText && !this.disableEmojiPicker
              ? html`<rtk-emoji-picker-button
                .isActive=${this.emojiOpen}
                @click=${this.toggleEmoji}
              ></rtk-emoji-picker-button>`
              : nothing
          }
          ${this.isEditing ? nothing : html`<slot name="chat-buttons"></slot>`}
        </div>
        <div part="chat-buttons-right" class="right">
          ${
            this.isEditing
              ? html`<rtk-button variant="secondary" size="sm" @click=${this.cancelEdit}
                >${this.localize('chat.cancel_edit')}</rtk-button
              >`
              : nothing
          }
          <rtk-button
            kind="icon"
            class="send"
            label=${this.localize(this.isEditing ? 'chat.save' : 'chat.send')}
            ?disabled=${!this.ready}
            ?loading=${this.isSending}
            @click=${() => this.submit()}
            >${renderIcon(this.isEditing ? 'check' : 'send', this.icons, this.isEditing ? paths.check : paths.send)}</rtk-button
          >
        </div>
      </div>
      ${
        this.emojiOpen
          ? html`<rtk-emoji-picker
            part="emoji-picker"
            focus-when-opened
            @rtkEmojiClicked=${this.handleEmoji}
            @pickerClose=${this.handlePickerClose}
          ></rtk-emoji-picker>`
          : nothing
      }
    `;
  }
}
