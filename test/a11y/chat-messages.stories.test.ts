/// <reference types="mocha" />
import * as chatMessage from '../../stories/chat-message.stories.js';
import * as chatMessagesUi from '../../stories/chat-messages-ui.stories.js';
import * as chatMessagesUiPaginated from '../../stories/chat-messages-ui-paginated.stories.js';
import * as chatSearchResults from '../../stories/chat-search-results.stories.js';
import * as fileMessage from '../../stories/file-message.stories.js';
import * as fileMessageView from '../../stories/file-message-view.stories.js';
import * as imageMessage from '../../stories/image-message.stories.js';
import * as imageMessageView from '../../stories/image-message-view.stories.js';
import * as imageViewer from '../../stories/image-viewer.stories.js';
import * as markdownView from '../../stories/markdown-view.stories.js';
import * as messageListView from '../../stories/message-list-view.stories.js';
import * as messageView from '../../stories/message-view.stories.js';
import * as pinnedMessageSelector from '../../stories/pinned-message-selector.stories.js';
import * as textMessage from '../../stories/text-message.stories.js';
import * as textMessageView from '../../stories/text-message-view.stories.js';
import { auditStories } from '../helpers/stories.js';

// The message side of the chat (issue 7).
auditStories({
  chatMessage,
  chatMessagesUi,
  chatMessagesUiPaginated,
  chatSearchResults,
  fileMessage,
  fileMessageView,
  imageMessage,
  imageMessageView,
  imageViewer,
  markdownView,
  messageListView,
  messageView,
  pinnedMessageSelector,
  textMessage,
  textMessageView,
});
