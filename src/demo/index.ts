/** The in-memory demo meeting: `createDemoMeeting()` and its types. */
export { createDemoMeeting, resolveOptions, type DemoMeeting } from './create-demo-meeting.js';
export { Director, type LivelyChat } from './director.js';
export type { PersonOptions } from './room.js';
export type { MediaFailure } from './self.js';
export type { DeviceSlot } from './devices.js';
export type {
  DemoContext,
  DemoMeetingOptions,
  DemoModule,
  DemoPersonView,
  DemoPresetName,
  ResolvedDemoOptions,
} from './context.js';
export type { DemoSelf } from './self.js';
export type { DemoParticipant } from './participant.js';
export type { DemoParticipants, DemoMap } from './participants.js';
export type { DemoParticipantMap } from './participant-map.js';
export type { DemoMeta } from './meta.js';
export type { DemoPermissions } from './presets.js';
export { DemoClientError } from './errors.js';
export { DemoEmitter } from './emitter.js';
export { DemoChat, type ChatScript, type RemoteMessageOptions } from './modules/chat.js';
export {
  DemoPolls,
  type PollsScript,
  type ScriptPollOptions,
  type VoteOverTimeOptions,
} from './modules/polls.js';
export { DemoStage, type StageScript } from './modules/stage.js';
export type { WebinarOptions, WebinarRun } from './webinar.js';
export { DemoRecording, type RecordingScript } from './modules/recording.js';
export { DemoLivestream, type LivestreamScript } from './modules/livestream.js';
export {
  DEMO_PLUGINS,
  DemoPlugin,
  DemoPluginMap,
  DemoPlugins,
  DemoStore,
  DemoStores,
  type DemoDrawing,
  type DemoPluginConfig,
  type DrawOptions,
  type PluginsScript,
} from './modules/plugins.js';
export {
  DemoConnectedMeetings,
  DemoCampus,
  type ConnectedMeetingsScript,
} from './modules/connected-meetings.js';
