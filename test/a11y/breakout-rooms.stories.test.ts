/// <reference types="mocha" />
import * as breakoutRoomsToggle from '../../stories/breakout-rooms-toggle.stories.js';
import * as breakoutRoomsManager from '../../stories/breakout-rooms-manager.stories.js';
import * as breakoutRoomManager from '../../stories/breakout-room-manager.stories.js';
import * as breakoutRoomParticipants from '../../stories/breakout-room-participants.stories.js';
import * as broadcastMessageModal from '../../stories/broadcast-message-modal.stories.js';
import { auditStories } from '../helpers/stories.js';

// Breakout rooms (issue 19): the toggle, the manager, a room, the people list, the broadcast dialog.
auditStories({
  breakoutRoomsToggle,
  breakoutRoomsManager,
  breakoutRoomManager,
  breakoutRoomParticipants,
  broadcastMessageModal,
});
