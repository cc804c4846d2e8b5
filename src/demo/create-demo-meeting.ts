import type { LeaveRoomState } from '../meeting/media.js';
import type { Meeting } from '../meeting/meeting.js';
import type {
  DemoContext,
  DemoMeetingOptions,
  DemoModule,
  DemoPersonView,
  ResolvedDemoOptions,
} from './context.js';
import { Director } from './director.js';
import type { DemoMeta } from './meta.js';
import { DemoAi } from './modules/ai.js';
import { DemoChat } from './modules/chat.js';
import { DemoConnectedMeetings, type DemoCampus } from './modules/connected-meetings.js';
import { DemoLivestream } from './modules/livestream.js';
import { DemoPlugins, type DemoStores } from './modules/plugins.js';
import { DemoPolls } from './modules/polls.js';
import { createQnaScript } from './modules/qna.js';
import { DemoRecording } from './modules/recording.js';
import { DemoStage } from './modules/stage.js';
import type { DemoParticipants } from './participants.js';
import { viewTypeOf } from './presets.js';
import { DemoRoom } from './room.js';
import type { DemoSelf } from './self.js';

/** The in-memory meeting: a `Meeting` plus the director that scripts it. */
export interface DemoMeeting extends Meeting {
  readonly self: DemoSelf;
  readonly participants: DemoParticipants;
  readonly meta: DemoMeta;
  readonly chat: DemoChat;
  readonly polls: DemoPolls;
  /** Present in every meeting, as in the SDK (methods reject 2003 when the preset has no stage). */
  readonly stage: DemoStage;
  readonly recording: DemoRecording;
  /** Only in LIVESTREAM meetings (`undefined` otherwise, as in the SDK). */
  readonly livestream?: DemoLivestream;
  readonly plugins: DemoPlugins;
  /** Plugin key/value stores (`meeting.stores`): the whiteboard's strokes. */
  readonly stores: DemoStores;
  /** Breakout rooms: each room is a demo meeting of its own (people, chat, media). */
  readonly connectedMeetings: DemoConnectedMeetings;
  /** The live transcript; sends lines only with the preset's `transcriptionEnabled`. */
  readonly ai: DemoAi;
  /** Same as `self.id`. */
  readonly peerId: string;
  /** Scripts the room: people, media, waiting room, connection, devices, and each module. */
  readonly director: Director;
  /** Stops every track, timer and audio context. The meeting is unusable afterwards. */
  destroy(): void;
}

/** Applies the defaults of `DemoMeetingOptions`. */
export function resolveOptions(options: DemoMeetingOptions = {}): ResolvedDemoOptions {
  const preset = options.preset ?? 'host';
  return {
    people: Math.max(0, Math.floor(options.people ?? 3)),
    preset,
    seed: options.seed ?? 1,
    name: options.name?.trim() || 'You',
    title: options.title ?? 'Demo meeting',
    viewType: options.viewType ?? viewTypeOf(preset),
    latency: Math.max(0, options.latency ?? 25),
    audio: options.audio ?? true,
    video: options.video ?? true,
    waitingRoom: options.waitingRoom ?? false,
    chatHistory: Math.max(0, Math.floor(options.chatHistory ?? 0)),
    realLocalMedia: options.realLocalMedia ?? false,
    lively: options.lively ?? false,
    language: options.language ?? 'en',
  };
}

/** The context the feature modules receive. */
function contextOf(room: DemoRoom): DemoContext {
  const view = (p: DemoPersonView | undefined) => p;
  return {
    options: room.options,
    random: () => room.random(),
    now: () => room.now(),
    latency: () => room.latency(),
    later: (fn, ms) => room.later(fn, ms),
    self: room.self,
    people: () => [...room.roster.values()],
    personByUserId: (userId) => view([...room.roster.values()].find((p) => p.userId === userId)),
    personByPeerId: (peerId) => view(room.roster.get(peerId)),
    setStageStatus: (who, status) => room.setStageStatus(who, status),
    selfEmitter: room.self,
  };
}

/**
 * Creates an in-memory meeting that behaves like a `RealtimeKitClient`: the same objects, events
 * (in the same order) and errors, with synthetic media and a `director` to script the room.
 * Deterministic for a given `seed`.
 *
 * ```ts
 * const meeting = createDemoMeeting({ people: 5, preset: 'host', seed: 7 });
 * await meeting.join();
 * meeting.director.speak(meeting.participants.joined.toArray()[0].id);
 * ```
 */
export function createDemoMeeting(
  options: DemoMeetingOptions = {},
  /** @internal A breakout room of an existing family (its connected meetings). */
  link?: { campus: DemoCampus; selfUserId: string },
): DemoMeeting {
  const room = new DemoRoom(resolveOptions(options), link?.selfUserId);
  for (let i = 0; i < room.options.people; i++) room.addPerson();
  const ctx = contextOf(room);
  const director = new Director(room);
  const modules = buildModules(ctx, room);
  room.modules = Object.values(modules).filter((m): m is DemoModule => m !== undefined);
  room.hasStageModule = modules.stage !== undefined;
  Object.assign(director, scriptsOf(modules));
  Object.assign(director, { qna: createQnaScript(ctx, room) });
  director.livelyChat = (person) => void modules.chat.script.chatter(person.id);

  const meeting = {
    self: room.self,
    participants: room.participants,
    meta: room.meta,
    ...modules,
    stores: modules.plugins.stores,
    director,
    get peerId() {
      return room.self.id;
    },
    join: () => room.join(),
    leave: (state?: LeaveRoomState) => room.leave(state),
    destroy: () => room.destroy(),
  };
  modules.connectedMeetings.link(meeting as DemoMeeting, createDemoMeeting, options, link?.campus);
  return meeting as DemoMeeting;
}

/** The feature modules of a meeting. */
interface DemoModules {
  chat: DemoChat;
  polls: DemoPolls;
  stage: DemoStage;
  recording: DemoRecording;
  livestream: DemoLivestream | undefined;
  plugins: DemoPlugins;
  ai: DemoAi;
  connectedMeetings: DemoConnectedMeetings;
}

/**
 * Builds the feature modules. As in the SDK every module exists in every meeting (the stage too:
 * a GROUP_CALL joins ON_STAGE), except `livestream`, which exists only in LIVESTREAM meetings.
 */
function buildModules(ctx: DemoContext, room: DemoRoom): DemoModules {
  return {
    chat: new DemoChat(ctx),
    polls: new DemoPolls(ctx),
    stage: new DemoStage(ctx),
    recording: new DemoRecording(ctx),
    livestream: room.viewType === 'LIVESTREAM' ? new DemoLivestream(ctx) : undefined,
    plugins: new DemoPlugins(ctx, room.meta.meetingId),
    ai: new DemoAi(ctx),
    connectedMeetings: new DemoConnectedMeetings(ctx, room),
  };
}

function scriptsOf(modules: object): Record<string, object> {
  const scripts: Record<string, object> = {};
  for (const [name, module] of Object.entries(modules) as [string, DemoModule | undefined][]) {
    if (module) scripts[name] = module.script;
  }
  return scripts;
}
