/// <reference types="mocha" />
import * as chat from '../../stories/chat.stories.js';
import * as chatComposerUi from '../../stories/chat-composer-ui.stories.js';
import * as chatComposerView from '../../stories/chat-composer-view.stories.js';
import * as chatHeader from '../../stories/chat-header.stories.js';
import * as chatSelector from '../../stories/chat-selector.stories.js';
import * as chatSelectorUi from '../../stories/chat-selector-ui.stories.js';
import * as draftAttachmentView from '../../stories/draft-attachment-view.stories.js';
import * as emojiPicker from '../../stories/emoji-picker.stories.js';
import * as emojiPickerButton from '../../stories/emoji-picker-button.stories.js';
import * as fileDropzone from '../../stories/file-dropzone.stories.js';
import * as filePickerButton from '../../stories/file-picker-button.stories.js';
import * as textComposerView from '../../stories/text-composer-view.stories.js';
import { auditStories } from '../helpers/stories.js';

// The chat panel, its header and conversation selector, and the composer with its parts.
auditStories({
  chat,
  chatComposerUi,
  chatComposerView,
  chatHeader,
  chatSelector,
  chatSelectorUi,
  draftAttachmentView,
  emojiPicker,
  emojiPickerButton,
  fileDropzone,
  filePickerButton,
  textComposerView,
});
