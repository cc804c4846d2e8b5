import type { FileMessage } from '../../meeting/chat.js';
import { LegacyMessageElement } from '../../internal/legacy-message-element.js';

/**
 * A file message with the sender's name and time (the official kit's deprecated tag; new code
 * uses `rtk-message-view` with `rtk-file-message-view`). Everything from the message is shown
 * as text; addresses only from safe schemes.
 *
 * @csspart body - The `rtk-message-view`.
 */
export class RtkFileMessage extends LegacyMessageElement<FileMessage> {}
