/** The meeting contract: structural types of the `RealtimeKitClient` slice the kit uses. */
export type * from './ai.js';
export type * from './chat.js';
export type * from './connected-meetings.js';
export type * from './emitter.js';
export type * from './livestream.js';
export type * from './media.js';
export type * from './meeting.js';
export type * from './meta.js';
export type * from './participant.js';
export type * from './participants.js';
export type * from './permissions.js';
export type * from './plugins.js';
export type * from './polls.js';
export type * from './recording.js';
export type * from './self.js';
export type * from './stage.js';
export { describeError, type ErrorInfo } from './errors.js';
export { isEmitter, mapItems, roomStateOf, usableMeeting } from './guards.js';
