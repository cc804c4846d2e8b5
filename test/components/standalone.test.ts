import { expect } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/index.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import type { UiStates } from '../../src/context/states.js';
import type { Message } from '../../src/meeting/chat.js';
import { axNodes, type AxNode } from '../helpers/ax.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { demoMeeting, queryAllDeep, watchErrors, type MountOptions } from '../helpers/fixtures.js';
import { mountStory, settled, type StoriesModule } from '../helpers/stories.js';
import * as chatStories from '../../stories/chat.stories.js';
import * as meetingStories from '../../stories/meeting.stories.js';
import * as participantTileStories from '../../stories/participant-tile.stories.js';
import * as pollsStories from '../../stories/polls.stories.js';
import * as setupScreenStories from '../../stories/setup-screen.stories.js';
import * as stageRequestsStories from '../../stories/stage-requests.stories.js';
import { meetingEvent, until } from '../helpers/wait.js';

// Every tag of custom-elements.json works alone: mounted by itself with only `.meeting` (a joined
// demo meeting), it shows what a person needs, read from the accessibility tree (roles, names,
// text), and passes axe. The kit's elements pass the meeting, translations, icons, UI states and
// config down to their subtree themselves, and a tag with no provider above it provides for its
// subtree, with a UI-states store of its own: no forwarding by hand, no `rtk-meeting` around it.
//
// A tag the official kit also gives one data prop (a participant, a message, a poll…) gets that
// prop, noted in its entry. Tags that show nothing until something happens (dialogs driven by the
// UI states, notifications, indicators) assert that they start empty and what appears once it
// happens (`when`). Primitives that are not about a meeting get the content they present.
// The kit's default theme is dark, so each tag sits on the dark surface a page gives it (as the
// stories' frames do). Then: tags given `.meeting` late, and the `Alone` stories.

/** What a person perceives: a role and accessible name, or text (`text`: a StaticText node). */
type Seen = readonly [role: string, name: string | RegExp];

interface Ctx {
  el: HTMLElement & { updateComplete?: Promise<unknown> };
  meeting: DemoMeeting;
  container: HTMLElement;
}

interface Entry {
  /** The demo meeting (default: host preset, three people, joined). */
  meeting?: MountOptions;
  /** Scripts the meeting before the tag is mounted (messages, polls, requests, …). */
  before?: (meeting: DemoMeeting) => unknown;
  /** The one data prop the official kit also requires, or the content a primitive presents. */
  props?: (meeting: DemoMeeting) => Record<string, unknown>;
  /** Mounted in an element with `role="menu"` (a menu item is only ever in one). */
  inMenu?: boolean;
  /** Light-DOM children (slotted content). */
  children?: (meeting: DemoMeeting) => TemplateResult;
  /** Why the entry sets a prop or children, or shows nothing at first. */
  note?: string;
  /** The tag shows nothing until this happens (a director event, a UI state asked for). */
  when?: (ctx: Ctx) => unknown;
  /** What a person sees (after `when`, if any). */
  sees: Seen[] | ((meeting: DemoMeeting) => Seen[]);
  /** Further checks of the real behaviour (elements that are not in the accessibility tree). */
  check?: (ctx: Ctx) => unknown;
}

const text = (t: string | RegExp): Seen => ['text', t];
const asks =
  (patch: Partial<UiStates>) =>
  ({ el }: Ctx) =>
    el.dispatchEvent(new RtkStateUpdateEvent(patch));

const GRACE = 'Grace Hopper';
const ALAN = 'Alan Turing';

/** Grace joins the room (with her microphone or camera off, if asked). */
function grace(meeting: DemoMeeting, options: { audio?: boolean; video?: boolean } = {}) {
  return meeting.director.addPerson({ name: GRACE, ...options });
}
/** A remote person by name. */
function personNamed(meeting: DemoMeeting, name: string) {
  const person = meeting.director.people.find((p) => p.name === name);
  if (!person) throw new Error(`${name} is not in the room`);
  return person;
}
/** The demo people's names (seeded), self excluded. */
const names = (meeting: DemoMeeting) => meeting.director.people.map((p) => p.name);
const lastMessage = (meeting: DemoMeeting) => meeting.chat!.messages.at(-1) as Message;

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** One entry per tag: what it shows alone. */
const table: Record<string, Entry> = {
  'rtk-ai': {
    before: (m) => {
      m.director.ai.say(m.director.people[0]!.id, 'Morning, all', { finalOnly: true });
      return meetingEvent(m.ai, 'transcript');
    },
    sees: (m) => [
      ['button', 'Open full view'],
      ['searchbox', 'Search the transcript'],
      ['button', 'Copy transcript'],
      ['button', 'Download .txt'],
      ['button', 'Download WebVTT'],
      text(m.director.people[0]!.name),
      text('Morning, all'),
    ],
  },
  'rtk-ai-toggle': { sees: [['button', 'Transcript']] },
  'rtk-ai-transcriptions': {
    before: (m) => {
      m.director.ai.say(m.director.people[0]!.id, 'Morning, all', { finalOnly: true });
      return meetingEvent(m.ai, 'transcript');
    },
    sees: (m) => [
      ['searchbox', 'Search the transcript'],
      ['button', 'Copy transcript'],
      text(m.director.people[0]!.name),
      text('Morning, all'),
    ],
  },
  'rtk-audio-grid': {
    sees: (m) => [text('You'), ...names(m).map(text)],
  },
  'rtk-audio-tile': {
    before: (m) => grace(m),
    props: (m) => ({ participant: personNamed(m, GRACE) }),
    note: 'participant (official: participant)',
    sees: [text(GRACE)],
  },
  'rtk-audio-visualizer': {
    before: (m) => grace(m, { audio: false }),
    props: (m) => ({ participant: personNamed(m, GRACE) }),
    note: 'participant (official: participant); a muted person shows the muted icon',
    sees: [['image', 'Microphone off']],
  },
  'rtk-avatar': {
    before: (m) => grace(m, { video: false }),
    props: (m) => ({ participant: personNamed(m, GRACE) }),
    note: 'participant (official: participant)',
    sees: [['image', GRACE]],
  },
  'rtk-background-effects': { sees: [text('Background'), ['radio', 'No effect']] },
  'rtk-breakout-room-manager': {
    props: (m) => ({
      room: {
        id: 'room-1',
        title: 'Design',
        participantIds: [m.director.people[0]!.userId],
      },
    }),
    note: 'one room of the plan (official: room)',
    sees: [
      ['region', 'Design'],
      ['button', 'Design 1 person'],
      ['button', 'Rename Design'],
    ],
  },
  'rtk-breakout-room-participants': {
    props: (m) => ({ participantIds: m.director.people.map((p) => p.userId) }),
    note: 'the people it lists (official: participantIds)',
    sees: (m) => [['searchbox', 'Search people by name'], text(m.director.people[0]!.name)],
  },
  'rtk-breakout-rooms-manager': {
    sees: [
      ['spinbutton', 'Number of rooms'],
      ['button', 'Create rooms'],
    ],
  },
  'rtk-breakout-rooms-toggle': { sees: [['button', 'Breakout rooms']] },
  'rtk-broadcast-message-modal': {
    note: 'shows nothing until the UI states ask for it (activeBroadcastMessageModal)',
    when: asks({ activeBroadcastMessageModal: true }),
    sees: [['dialog', 'Broadcast a message']],
  },
  'rtk-button': {
    children: () => html`Save`,
    note: 'primitive: its label is its content',
    sees: [['button', 'Save']],
  },
  'rtk-caption-toggle': { sees: [['button', 'Captions']] },
  'rtk-camera-selector': {
    sees: [
      ['combobox', 'Camera'],
      ['option', 'Built-in HD Camera'],
    ],
  },
  'rtk-camera-toggle': { sees: [['button', 'Camera on']] },
  'rtk-chat': {
    before: (m) => m.director.chat.send(names(m)[0]!, 'Morning, all'),
    sees: [
      ['heading', 'Chat'],
      ['button', 'Chat with: Everyone'],
      ['searchbox', 'Search messages'],
      text('Morning, all'),
      ['textbox', 'Message'],
      ['button', 'Send'],
    ],
  },
  'rtk-chat-composer-ui': {
    sees: [
      ['textbox', 'Message'],
      ['button', 'Send'],
    ],
  },
  'rtk-chat-composer-view': {
    sees: [
      ['textbox', 'Message'],
      ['button', 'Send'],
    ],
  },
  'rtk-chat-header': {
    sees: [
      ['heading', 'Chat'],
      ['button', 'Close chat'],
    ],
  },
  'rtk-chat-message': {
    before: (m) => m.director.chat.send(GRACE, 'See you at ten'),
    props: (m) => ({ message: lastMessage(m) }),
    note: 'message (official: message)',
    sees: [text(GRACE), text('See you at ten')],
  },
  'rtk-chat-messages-ui': {
    before: (m) => m.director.chat.send(GRACE, 'See you at ten'),
    props: (m) => ({ messages: m.chat!.messages }),
    note: 'messages (official: messages)',
    sees: [text(GRACE), text('See you at ten')],
  },
  'rtk-chat-messages-ui-paginated': {
    before: (m) => m.director.chat.send(GRACE, 'See you at ten'),
    sees: [text(GRACE), text('See you at ten')],
  },
  'rtk-chat-search-results': {
    before: (m) => {
      m.director.chat.send(GRACE, 'The budget is ready');
      m.director.chat.send(ALAN, 'Lunch?');
    },
    props: () => ({ query: 'budget' }),
    note: 'query (official: query)',
    sees: [text(GRACE), text(/budget is ready/)],
  },
  'rtk-chat-selector': { sees: [['button', 'Chat with: Everyone']] },
  'rtk-chat-selector-ui': {
    props: () => ({
      groups: [
        { id: 'everyone', name: 'Everyone' },
        { id: 'u-grace', name: GRACE },
      ],
      selectedGroupId: 'everyone',
    }),
    note: 'groups (official: groups)',
    sees: [
      ['button', 'Everyone'],
      ['button', GRACE],
    ],
  },
  'rtk-chat-toggle': { sees: [['button', 'Chat']] },
  'rtk-clock': { sees: [text('Time in meeting'), text(/^\d{2}:\d{2}/)] },
  'rtk-confirmation-modal': {
    note: 'shows nothing until the UI states ask (activeConfirmationModal)',
    when: asks({
      activeConfirmationModal: {
        active: true,
        header: 'Remove Grace?',
        content: 'She can join again.',
        ctaText: 'Remove',
      },
    }),
    sees: [
      ['dialog', 'Remove Grace?'],
      text('She can join again.'),
      ['button', 'Remove'],
      ['button', 'Cancel'],
    ],
  },
  'rtk-controlbar': {
    sees: [
      ['button', 'Mic on'],
      ['button', 'Camera on'],
      ['button', 'Share screen'],
      ['button', 'Chat'],
      ['button', 'Participants'],
      ['button', 'Leave'],
    ],
  },
  'rtk-controlbar-button': {
    props: () => ({ label: 'Raise hand', icon: 'hand' }),
    note: 'primitive: label and icon (official: label, icon)',
    sees: [['button', 'Raise hand']],
  },
  'rtk-counter': {
    props: () => ({ value: 3 }),
    note: 'value (official: value)',
    sees: [
      ['spinbutton', 'Value'],
      ['button', 'Decrease'],
      ['button', 'Increase'],
    ],
  },
  'rtk-debugger': {
    note: 'the call diagnostics: tabs, the verdicts for you, copy and download',
    sees: [
      ['tab', 'Audio'],
      ['tab', 'System'],
      ['heading', 'You (what you send)'],
      ['button', 'Copy diagnostics'],
      ['button', 'Download report'],
    ],
  },
  'rtk-debugger-audio': { sees: [['heading', 'You (what you send)']] },
  'rtk-debugger-screenshare': { sees: [text('You are not sharing your screen.')] },
  'rtk-debugger-system': { sees: [text('Meeting server'), text('Connected')] },
  'rtk-debugger-toggle': { sees: [['button', 'Call diagnostics']] },
  'rtk-debugger-video': { sees: [['heading', 'You (what you send)']] },
  'rtk-dialog': {
    props: () => ({ open: true, label: 'About this meeting' }),
    children: () => html`<p>Weekly design review</p>`,
    note: 'primitive: open and its content (official: open)',
    sees: [['dialog', 'About this meeting'], text('Weekly design review')],
  },
  'rtk-dialog-manager': {
    note: 'shows nothing until the UI states ask for a dialog (activeSettings)',
    when: asks({ activeSettings: true }),
    sees: [
      ['dialog', 'Settings'],
      ['tab', 'Audio'],
      ['combobox', 'Microphone'],
    ],
  },
  'rtk-draft-attachment-view': {
    props: () => ({
      attachment: {
        type: 'file',
        file: new File(['x'.repeat(2048)], 'report.pdf', { type: 'application/pdf' }),
      },
    }),
    note: 'attachment (official: attachment)',
    sees: [text('report.pdf'), ['button', 'Remove report.pdf']],
  },
  'rtk-emoji-picker': {
    sees: [
      ['searchbox', 'Search emoji'],
      ['button', '😀'],
      ['button', '👍'],
    ],
  },
  'rtk-emoji-picker-button': { sees: [['button', 'Emoji']] },
  'rtk-ended-screen': {
    before: (m) => m.leave('ended'),
    sees: [['heading', 'The meeting has ended.'], text('The host ended the meeting for everyone.')],
  },
  'rtk-file-dropzone': {
    note: 'shows nothing until files are dragged over its parent',
    when: ({ container }) => {
      const data = new DataTransfer();
      data.items.add(new File(['x'], 'notes.txt', { type: 'text/plain' }));
      container.dispatchEvent(
        new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    },
    sees: [text('Drop files here to send them')],
  },
  'rtk-file-message': {
    before: (m) => m.director.chat.sendFile(GRACE, { name: 'agenda.txt', size: 2048 }),
    props: (m) => ({ message: lastMessage(m) }),
    note: 'message (official: message)',
    sees: [text(GRACE), text('agenda.txt'), ['link', 'Download agenda.txt']],
  },
  'rtk-file-message-view': {
    props: () => ({ name: 'agenda.txt', url: 'https://example.com/agenda.txt' }),
    note: 'name and url (official: name, url)',
    sees: [['link', 'Download agenda.txt']],
  },
  'rtk-file-picker-button': { sees: [['button', 'Attach a file']] },
  'rtk-fullscreen-toggle': { sees: [['button', 'Full screen']] },
  'rtk-grid': {
    sees: (m) => [
      text('You'),
      ...names(m).flatMap((n) => [text(n), ['button', `Options for ${n}`] as const]),
    ],
  },
  'rtk-grid-pagination': {
    meeting: { people: 30 },
    note: 'shows nothing until the meeting is PAGINATED with more than one page',
    when: ({ meeting }) => meeting.participants.setViewMode('PAGINATED'),
    sees: [text(/Page 1 of \d+/), ['button', /next/i]],
  },
  'rtk-hand-raise-queue': {
    note: 'hears raised hands itself: joining late, it asks who has a hand up',
    before: (m) => m.director.hands.raise(m.director.people[0]!.id),
    sees: (m) => [
      ['heading', /^Raised hands/],
      text(m.director.people[0]!.name),
      ['button', `Lower the hand of ${m.director.people[0]!.name}`],
    ],
  },
  'rtk-header': { sees: [text('Demo meeting'), text('Time in meeting'), text('4 participants')] },
  'rtk-icon': {
    props: () => ({ icon: 'mic_on', label: 'Microphone' }),
    note: 'icon (official: icon) and a label',
    sees: [['image', 'Microphone']],
  },
  'rtk-idle-screen': { sees: [text('Getting your meeting ready…')] },
  'rtk-image-message': {
    before: (m) => m.director.chat.sendImage(GRACE, PNG),
    props: (m) => ({ message: lastMessage(m) }),
    note: 'message (official: message)',
    sees: [text(GRACE), ['button', 'Open image']],
  },
  'rtk-image-message-view': {
    props: () => ({ url: PNG }),
    note: 'url (official: url)',
    sees: [['button', 'Open image']],
  },
  'rtk-image-viewer': {
    before: (m) => m.director.chat.sendImage(GRACE, PNG),
    props: (m) => ({ image: lastMessage(m) }),
    note: 'image (official: image)',
    sees: [
      ['dialog', `Image from ${GRACE}`],
      ['image', `Image from ${GRACE}`],
      ['link', 'Download'],
      ['button', 'Close'],
    ],
  },
  'rtk-information-tooltip': {
    children: () => html`Only hosts can record.`,
    note: 'its content is the information',
    sees: [['button', 'More information']],
  },
  'rtk-join-stage': {
    meeting: { preset: 'webinar-viewer' },
    sees: [
      ['heading', 'Join the stage'],
      ['button', 'Request to join stage'],
    ],
  },
  'rtk-keyboard-shortcuts': {
    note: 'shows nothing until it is opened (the control bar opens it on ?)',
    when: ({ el }) => Object.assign(el, { open: true }),
    sees: [
      ['dialog', 'Keyboard shortcuts'],
      text('Turn the microphone on or off'),
      text('Talk while your microphone is off (push to talk)'),
      ['button', 'Close'],
    ],
  },
  'rtk-language-picker': { sees: [['combobox', 'Language']] },
  'rtk-leave-button': { sees: [['button', 'Leave']] },
  'rtk-leave-meeting': {
    sees: [
      ['button', 'Cancel'],
      ['button', 'Leave meeting'],
      ['button', 'End meeting for all'],
    ],
  },
  'rtk-livestream-indicator': {
    meeting: { preset: 'livestream-host' },
    note: 'shows nothing until the stream is live',
    when: ({ meeting }) => meeting.director.livestream!.start(),
    sees: [text(/^live$/i)],
  },
  'rtk-livestream-player': {
    meeting: { preset: 'livestream-viewer' },
    sees: [text('The livestream has not started yet.')],
  },
  'rtk-livestream-toggle': {
    meeting: { preset: 'livestream-host' },
    sees: [['button', 'Go live']],
  },
  'rtk-logo': {
    props: () => ({ logoUrl: PNG }),
    note: 'logoUrl (official: logoUrl)',
    sees: [['image', 'Logo']],
  },
  'rtk-markdown-view': {
    props: () => ({ text: 'Ship it **today**' }),
    note: 'text (official: text)',
    sees: [text(/^Ship it/), text('today')],
  },
  'rtk-meeting': {
    sees: (m) => [
      ['region', 'Stage: Demo meeting'],
      ...names(m).map(text),
      ['button', 'Mic on'],
      ['button', 'Leave'],
    ],
  },
  'rtk-meeting-title': { sees: [text('Demo meeting')] },
  'rtk-menu': {
    children: () => html`<rtk-button slot="trigger">Options</rtk-button>
      <rtk-menu-list><rtk-menu-item>Pin</rtk-menu-item><rtk-menu-item>Mute</rtk-menu-item></rtk-menu-list>`,
    note: 'primitive: its trigger and items are its content',
    when: ({ el }) => queryAllDeep<HTMLElement>(el, 'button')[0]!.click(),
    sees: [
      ['button', 'Options'],
      ['menuitem', 'Pin'],
      ['menuitem', 'Mute'],
    ],
  },
  'rtk-menu-item': {
    children: () => html`Pin for everyone`,
    inMenu: true,
    note: 'primitive: its label is its content; an item of a menu',
    sees: [['menuitem', 'Pin for everyone']],
  },
  'rtk-menu-list': {
    children: () => html`<rtk-menu-item>Pin</rtk-menu-item><rtk-menu-item>Mute</rtk-menu-item>`,
    note: 'primitive: its items are its content',
    sees: [
      ['menuitem', 'Pin'],
      ['menuitem', 'Mute'],
    ],
  },
  'rtk-message-list-view': {
    before: (m) => m.director.chat.send(GRACE, 'See you at ten'),
    props: (m) => ({
      messages: m.chat!.messages,
      renderer: (message: Message) =>
        html`<rtk-chat-message .message=${message}></rtk-chat-message>`,
    }),
    note: 'messages and renderer (official: messages, renderer)',
    sees: [text('See you at ten')],
  },
  'rtk-message-view': {
    props: () => ({ authorName: GRACE, time: new Date(2026, 0, 15, 10, 30) }),
    children: () => html`<rtk-text-message-view .text=${'See you at ten'}></rtk-text-message-view>`,
    note: 'authorName and the message as content (official: authorName)',
    sees: [text(GRACE), text('See you at ten')],
  },
  'rtk-mic-toggle': { sees: [['button', 'Mic on']] },
  'rtk-microphone-selector': {
    sees: [
      ['combobox', 'Microphone'],
      ['option', 'Built-in Microphone'],
    ],
  },
  'rtk-mixed-grid': {
    props: (m) => ({ participants: [...m.participants.joined.toArray()] }),
    note: 'participants (official: participants)',
    sees: (m) => names(m).map(text),
  },
  'rtk-more-toggle': {
    children: () =>
      html`<rtk-chat-toggle variant="horizontal"></rtk-chat-toggle><rtk-polls-toggle variant="horizontal"></rtk-polls-toggle>`,
    note: 'its controls are its content; hidden without any',
    when: ({ el }) => queryAllDeep<HTMLElement>(el.shadowRoot!, 'button')[0]!.click(),
    sees: [
      ['button', 'More'],
      ['menu', 'More controls'],
      ['menuitemcheckbox', 'Chat'],
      ['menuitemcheckbox', 'Polls'],
    ],
  },
  'rtk-mute-all-button': { sees: [['button', 'Mute all']] },
  'rtk-mute-all-confirmation': {
    note: 'shows nothing until the UI states ask (activeMuteAllConfirmation)',
    when: asks({ activeMuteAllConfirmation: true }),
    sees: [
      ['dialog', /Mute everyone/],
      ['button', 'Mute all'],
      ['button', 'Cancel'],
    ],
  },
  'rtk-name-tag': {
    before: (m) => grace(m),
    props: (m) => ({ participant: personNamed(m, GRACE) }),
    note: 'participant (official: participant)',
    sees: [text(GRACE)],
  },
  'rtk-network-indicator': {
    before: (m) => grace(m),
    props: (m) => ({ participant: personNamed(m, GRACE) }),
    note: 'participant (official: participant); shows nothing while the connection is good',
    when: ({ meeting }) =>
      meeting.director.setNetworkQuality(personNamed(meeting, GRACE).id, 'poor'),
    sees: [['image', 'Poor connection']],
  },
  'rtk-notification': {
    props: () => ({ notification: { id: 'rec', message: 'Recording started', variant: 'info' } }),
    note: 'notification (official: notification)',
    sees: [text('Recording started')],
  },
  'rtk-notifications': {
    note: 'shows nothing until something happens in the meeting',
    when: ({ meeting }) => grace(meeting),
    sees: [text(/Grace Hopper joined/)],
  },
  'rtk-overlay-modal': {
    note: 'shows nothing until the UI states ask (activeOverlayModal)',
    when: asks({ activeOverlayModal: { active: true, title: 'Moving you to another room' } }),
    sees: [['dialog', /Moving you to another room/]],
  },
  'rtk-paginated-list': {
    props: () => ({
      label: 'Fruit',
      fetchData: async (_from: number, size: number) =>
        ['Apple', 'Banana', 'Cherry'].slice(0, size),
      renderItem: (item: string) => html`<span>${item}</span>`,
    }),
    note: 'fetchData and a row renderer (official: fetchData, createNodes)',
    sees: [text('Apple'), text('Cherry')],
  },
  'rtk-participant': {
    before: (m) => grace(m),
    props: (m) => ({ participant: personNamed(m, GRACE) }),
    note: 'participant (official: participant)',
    sees: [text(GRACE), ['button', `Options for ${GRACE}`]],
  },
  'rtk-participant-count': { sees: [text('4 participants')] },
  'rtk-participant-setup': { sees: [text('You')] },
  'rtk-participant-tile': {
    before: (m) => grace(m),
    props: (m) => ({ participant: personNamed(m, GRACE) }),
    note: 'participant (official: participant)',
    sees: [text(GRACE), ['button', `Options for ${GRACE}`]],
  },
  'rtk-participants': {
    sees: (m) => [
      ['tab', /Participants/],
      ['searchbox', 'Search people by name'],
      ['list', 'People in the meeting'],
      ...names(m).map(text),
    ],
  },
  'rtk-participants-audio': {
    note: 'plays audio: one hidden <audio> per remote person, playing while their microphone is on',
    sees: [],
    check: ({ el, meeting }) =>
      until(() => {
        const audio = queryAllDeep<HTMLAudioElement>(el, 'audio');
        return (
          audio.length === meeting.director.people.length &&
          audio.filter((a) => a.srcObject).length ===
            meeting.director.people.filter((p) => p.audioEnabled).length
        );
      }, 'one <audio> per remote person, playing for those with their microphone on'),
  },
  'rtk-participants-stage-list': {
    meeting: { preset: 'webinar-host', people: 4 },
    sees: (m) => [
      ['heading', /^On stage/],
      text('You (you)'),
      ...onStage(m).flatMap((n) => [text(n), ['button', `Remove ${n} from the stage`] as const]),
    ],
  },
  'rtk-participants-stage-queue': {
    meeting: { preset: 'webinar-host', people: 4 },
    before: (m) =>
      m.director.people
        .filter((p) => p.presetName === 'webinar-viewer')
        .slice(0, 2)
        .forEach((p) => m.director.stage.request(p.id)),
    sees: (m) => [
      ['heading', /^Stage requests/],
      ...stageRequesters(m).flatMap((n) => [
        text(n),
        ['button', `Accept ${n}`] as const,
        ['button', `Deny ${n}`] as const,
      ]),
    ],
  },
  'rtk-participants-toggle': { sees: [['button', 'Participants']] },
  'rtk-participants-viewer-list': {
    meeting: { preset: 'webinar-host', people: 4 },
    sees: (m) => [
      ['list', 'Viewers'],
      ...m.director.people
        .filter((p) => p.presetName === 'webinar-viewer')
        .map((p) => text(p.name)),
    ],
  },
  'rtk-participants-waiting-list': {
    note: 'shows nothing until someone knocks',
    when: ({ meeting }) => meeting.director.knock(GRACE),
    sees: [
      ['heading', '1 person waiting'],
      text(GRACE),
      ['button', `Accept ${GRACE}`],
      ['button', `Reject ${GRACE}`],
    ],
  },
  'rtk-permissions-message': {
    note: 'shows nothing until a device is blocked',
    when: ({ meeting }) => meeting.director.denyMedia('video'),
    sees: [
      ['heading', 'Camera access is blocked'],
      ['button', 'Try again'],
      ['button', 'Continue without'],
    ],
  },
  'rtk-pinned-message-selector': {
    before: (m) => {
      const message = m.director.chat.send(GRACE, 'Agenda: budget, hiring');
      m.director.chat.pin(message.id);
    },
    sees: [['button', /^1 pinned message.*Agenda: budget, hiring/]],
  },
  'rtk-pinned-indicator': {
    note: 'shows nothing until someone is pinned',
    when: ({ meeting }) => meeting.director.pin(meeting.director.people[0]!.id),
    sees: (m) => [text(`Pinned: ${m.director.people[0]!.name}`)],
  },
  'rtk-pip-toggle': {
    note: 'the demo meeting supports picture in picture where the browser does (Chromium)',
    sees: [['button', /picture/i]],
  },
  'rtk-plugin-main': {
    before: (m) => m.director.plugins.activate('whiteboard'),
    props: (m) => ({ plugin: m.plugins!.active.toArray()[0] }),
    note: 'plugin (official: plugin)',
    sees: [
      text('Whiteboard'),
      ['button', 'Full screen'],
      ['button', 'Close Whiteboard'],
      ['button', 'Pen'],
      ['button', 'Red'],
      ['button', 'Export PNG'],
      ['image', 'Shared whiteboard, empty'],
    ],
  },
  'rtk-plugins': {
    before: (m) => m.director.plugins.activate('notes', m.director.people[0]!.id),
    sees: (m) => [
      text('Whiteboard'),
      text('Not open'),
      ['button', 'Start Whiteboard'],
      text(`${m.director.people[0]!.name} opened it for everyone`),
      ['button', 'Close Notes for everyone'],
    ],
  },
  'rtk-plugins-toggle': {
    before: (m) => m.director.plugins.activate('notes'),
    note: 'its badge counts the open plugins',
    sees: [['button', 'Plugins']],
    check: ({ el }) =>
      expect(el.shadowRoot!.querySelector('[part="active-count"]')!.textContent).to.equal('1'),
  },
  'rtk-poll': {
    before: (m) =>
      m.director.polls.create(GRACE, 'Which day suits the offsite?', ['Tuesday', 'Thursday']),
    props: (m) => ({ poll: m.polls!.items[0] }),
    note: 'poll (official: poll)',
    sees: [
      ['heading', 'Which day suits the offsite?'],
      text(`Asked by ${GRACE}`),
      ['radio', 'Tuesday'],
      ['radio', 'Thursday'],
      ['button', 'Vote'],
    ],
  },
  'rtk-poll-form': {
    sees: [
      ['form', 'New poll'],
      ['textbox', 'Question'],
      ['button', 'Create poll'],
    ],
  },
  'rtk-polls': {
    before: (m) =>
      m.director.polls.create(GRACE, 'Which day suits the offsite?', ['Tuesday', 'Thursday']),
    sees: [
      ['button', 'Create poll'],
      ['heading', 'Which day suits the offsite?'],
      ['radio', 'Tuesday'],
      ['button', 'Vote'],
    ],
  },
  'rtk-polls-toggle': { sees: [['button', 'Polls']] },
  'rtk-qna': {
    before: (m) => m.director.qna.ask(m.director.people[0]!.id, 'Will the slides be shared?'),
    sees: [
      ['button', 'Top'],
      text('Will the slides be shared?'),
      ['button', 'Mark answered'],
      ['textbox', 'Your question'],
      ['button', 'Ask'],
    ],
  },
  'rtk-qna-toggle': { sees: [['button', 'Q&A']] },
  'rtk-raise-hand-toggle': { sees: [['button', 'Raise hand']] },
  'rtk-reactions-overlay': {
    note: 'shows nothing until someone reacts; the reaction itself is drawn, the live region reads it',
    when: ({ meeting }) => meeting.director.hands.react(meeting.director.people[0]!.id, '🎉'),
    sees: (m) => [text(`${m.director.people[0]!.name} reacted 🎉`)],
  },
  'rtk-reactions-toggle': { sees: [['button', 'Reactions']] },
  'rtk-recording-indicator': {
    note: 'shows nothing until recording starts',
    when: ({ meeting }) => meeting.director.recording.start(),
    sees: [text(/Recording/)],
  },
  'rtk-recording-toggle': { sees: [['button', 'Record']] },
  'rtk-screen-share-toggle': { sees: [['button', 'Share screen']] },
  'rtk-screenshare-view': {
    before: (m) => m.director.setScreenShare(grace(m).id, true),
    props: (m) => ({ participant: personNamed(m, GRACE) }),
    note: 'participant (official: participant)',
    sees: [text(GRACE), ['button', 'Full screen']],
  },
  'rtk-settings': {
    sees: [
      ['tab', 'Audio'],
      ['tab', 'Video'],
      ['combobox', 'Microphone'],
    ],
  },
  'rtk-settings-audio': {
    sees: [
      ['combobox', 'Microphone'],
      ['combobox', 'Speaker'],
      ['button', 'Play test sound'],
    ],
  },
  'rtk-settings-toggle': { sees: [['button', 'Settings']] },
  'rtk-settings-video': {
    sees: [
      ['image', 'Camera preview'],
      ['combobox', 'Camera'],
    ],
  },
  'rtk-setup-screen': {
    meeting: { join: false },
    sees: [
      ['heading', 'Demo meeting'],
      text('Ready to join?'),
      text('3 people are here'),
      ['button', 'Mic on'],
      ['textbox', 'Your name'],
      ['button', 'Join meeting'],
    ],
  },
  'rtk-sidebar': {
    note: 'closed until the UI states open it (activeSidebar), as in the official kit',
    when: asks({ activeSidebar: true, sidebar: 'chat' }),
    sees: [
      ['tab', 'Chat'],
      ['tab', 'Participants'],
      ['textbox', 'Message'],
    ],
  },
  'rtk-sidebar-ui': {
    props: () => ({
      tabs: [
        { id: 'chat', name: 'Chat' },
        { id: 'polls', name: 'Polls' },
      ],
      currentTab: 'chat',
    }),
    note: 'tabs (official: tabs)',
    sees: [
      ['tab', 'Chat'],
      ['tab', 'Polls'],
      ['button', /close/i],
    ],
  },
  'rtk-simple-grid': {
    props: (m) => ({ participants: [...m.participants.joined.toArray()] }),
    note: 'participants (official: participants)',
    sees: (m) => names(m).map(text),
  },
  'rtk-speaker-selector': {
    sees: [
      ['combobox', 'Speaker'],
      ['option', 'Built-in Speakers'],
    ],
  },
  'rtk-spinner': {
    props: () => ({ label: 'Loading people' }),
    note: 'a label (without one it is decorative)',
    sees: [['progressbar', 'Loading people']],
  },
  'rtk-spotlight-grid': {
    props: (m) => ({ participants: [...m.participants.joined.toArray()] }),
    note: 'participants (official: participants)',
    sees: (m) => names(m).map(text),
  },
  'rtk-spotlight-indicator': {
    note: "a host's Sync toggle (off); followers see it only while a host syncs",
    sees: [['button', 'Sync']],
  },
  'rtk-stage': {
    children: () => html`<rtk-grid></rtk-grid>`,
    note: 'a layout: it shows what is put in it, which gets its meeting',
    sees: (m) => [['region', 'Stage: Demo meeting'], ...names(m).map(text)],
  },
  'rtk-stage-requests': {
    meeting: { preset: 'webinar-host', people: 4 },
    before: (m) =>
      m.director.people
        .filter((p) => p.presetName === 'webinar-viewer')
        .slice(0, 2)
        .forEach((p) => m.director.stage.request(p.id)),
    sees: (m) => [
      ['heading', /^Stage requests/],
      ...stageRequesters(m).flatMap((n) => [
        text(n),
        ['button', `Accept ${n}`] as const,
        ['button', `Deny ${n}`] as const,
      ]),
    ],
  },
  'rtk-stage-toggle': {
    meeting: { preset: 'webinar-viewer' },
    sees: [['button', 'Request to join stage']],
  },
  'rtk-switch': {
    props: () => ({ label: 'Mirror my video', checked: true }),
    note: 'a label and checked (official: checked)',
    sees: [['switch', 'Mirror my video']],
  },
  'rtk-tab-bar': {
    note: 'shows nothing until there are two things to switch between',
    when: ({ meeting }) => {
      meeting.director.setScreenShare(meeting.director.people[0]!.id, true);
      meeting.director.setScreenShare(meeting.director.people[1]!.id, true);
    },
    sees: (m) => [
      ['tab', new RegExp(m.director.people[0]!.name)],
      ['tab', new RegExp(m.director.people[1]!.name)],
    ],
  },
  'rtk-text-composer-view': { sees: [['textbox', 'Message']] },
  'rtk-text-message': {
    before: (m) => m.director.chat.send(GRACE, 'See you at ten'),
    props: (m) => ({ message: lastMessage(m) }),
    note: 'message (official: message)',
    sees: [text(GRACE), text('See you at ten')],
  },
  'rtk-text-message-view': {
    props: () => ({ text: 'See you at ten' }),
    note: 'text (official: text)',
    sees: [text('See you at ten')],
  },
  'rtk-transcript': {
    props: (m) => ({
      transcript: {
        id: 'line-1',
        name: m.director.people[0]!.name,
        peerId: m.director.people[0]!.id,
        userId: m.director.people[0]!.userId,
        customParticipantId: 'c-1',
        transcript: 'See you at ten',
        isPartialTranscript: false,
        date: new Date(),
      },
    }),
    note: 'transcript (official: transcript)',
    sees: (m) => [text(`${m.director.people[0]!.name}:`), text('See you at ten')],
  },
  'rtk-transcripts': {
    sees: [
      ['region', 'Captions'],
      text('Captions are on. They appear here when someone speaks.'),
      ['button', 'Caption settings'],
    ],
  },
  'rtk-tooltip': {
    props: () => ({ label: 'Mute your microphone' }),
    children: () => html`<button>Mic</button>`,
    note: 'label and the element it describes (official: label)',
    sees: [['button', 'Mic']],
    check: async () => {
      const nodes = await axNodes();
      expect(nodes.find((n) => n.role === 'button' && n.name === 'Mic')?.description).to.equal(
        'Mute your microphone',
      );
    },
  },
  'rtk-ui-provider': {
    children: () => html`<rtk-participant-count></rtk-participant-count>`,
    note: 'a provider: it shows what is put in it, which gets its meeting',
    sees: [text('4 participants')],
  },
  'rtk-viewer-count': {
    meeting: { preset: 'livestream-host' },
    sees: [text(/^\d+ viewers?$/)],
    check: async ({ meeting }) => {
      meeting.director.livestream!.setViewerCount(12);
      await expectSeen('rtk-viewer-count', [text('12 viewers')]);
    },
  },
  'rtk-virtualized-participant-list': {
    props: (m) => ({
      items: m.director.people,
      label: 'People',
      renderItem: (p: { name: string }) => html`<span>${p.name}</span>`,
    }),
    note: 'items and renderItem (official: items, renderItem)',
    sees: (m) => names(m).map(text),
  },
  'rtk-waiting-screen': {
    meeting: { waitingRoom: true },
    sees: [
      ['heading', 'Demo meeting'],
      text('Waiting for the host to let you in…'),
      ['button', 'Leave waiting room'],
    ],
  },
};

/** Remote people on the stage. */
function onStage(meeting: DemoMeeting): string[] {
  return meeting.director.people.filter((p) => p.stageStatus === 'ON_STAGE').map((p) => p.name);
}

/** Remote people asking for the stage. */
function stageRequesters(meeting: DemoMeeting): string[] {
  return meeting.director.people
    .filter((p) => p.stageStatus === 'REQUESTED_TO_JOIN_STAGE')
    .map((p) => p.name);
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as {
  modules: { declarations?: { tagName?: string }[] }[];
};
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .map((d) => d.tagName)
  .filter((t): t is string => Boolean(t))
  .sort();

function describeTree(nodes: AxNode[]): string {
  return nodes
    .slice(1, 40)
    .map((n) => `${n.role} "${n.name}"`)
    .join(', ');
}

/** The accessibility tree holds every `seen`; fails listing what is missing and what is there. */
async function expectSeen(tag: string, seen: Seen[]): Promise<void> {
  let missing: Seen[] = seen;
  let nodes: AxNode[] = [];
  const matches = (n: AxNode, [role, name]: Seen) =>
    (role === 'text' ? n.role === 'StaticText' : n.role === role) &&
    (typeof name === 'string' ? n.name === name : name.test(n.name));
  try {
    await until(
      async () => {
        nodes = await axNodes();
        missing = seen.filter((s) => !nodes.some((n) => matches(n, s)));
        return missing.length === 0;
      },
      'what a person should see',
      { timeout: 4000 },
    );
  } catch {
    throw new Error(
      `<${tag}> alone does not show ${missing.map(([r, n]) => `${r} "${n}"`).join(', ')}.\nIt shows: ${describeTree(nodes) || 'nothing'}`,
    );
  }
}

/** What the page shows now: the accessibility tree without empty live regions and blank text. */
async function shownNow(): Promise<string[]> {
  return (await axNodes())
    .slice(1)
    .filter(
      (n) =>
        n.name.trim() !== '' ||
        !['StaticText', 'status', 'alert', 'log', 'generic'].includes(n.role),
    )
    .map((n) => `${n.role} "${n.name}"`);
}

/** Mounts the tag in a fresh container, with `.meeting` unless `late` (its data props either way). */
async function mount(tag: string, entry: Entry, meeting: DemoMeeting, late = false) {
  const container = document.createElement('div');
  // The kit's default theme is dark: the page gives it its dark surface, as the stories' frames do.
  container.style.cssText =
    'position: relative; inline-size: 900px; block-size: 640px; background: #080808; color: #fff';
  if (entry.inMenu) {
    container.setAttribute('role', 'menu');
    container.setAttribute('aria-label', 'Options');
  }
  document.body.append(container);
  const t = unsafeStatic(tag);
  const props = entry.props?.(meeting) ?? {};
  const children = entry.children?.(meeting) ?? '';
  render(staticHtml`<${t} .meeting=${late ? undefined : meeting}>${children}</${t}>`, container);
  const el = container.firstElementChild as Ctx['el'];
  Object.assign(el, props);
  await settled(container, {});
  return { container, el };
}

describe('every tag alone, with only .meeting', function () {
  this.timeout(20000);

  let container: HTMLElement | undefined;
  afterEach(() => {
    if (container) render(null, container);
    container?.remove();
    container = undefined;
  });

  it('has one entry per tag of custom-elements.json', () => {
    expect(tags.length).to.be.greaterThan(100);
    expect(Object.keys(table).sort()).to.deep.equal(tags);
  });

  for (const tag of tags) {
    const entry = table[tag];
    if (!entry) continue;
    it(`<${tag}> ${entry.note ? `(${entry.note}) ` : ''}shows its content and passes axe`, async () => {
      const meeting = await demoMeeting({
        people: 3,
        preset: 'host',
        seed: 1,
        join: true,
        ...entry.meeting,
      });
      await entry.before?.(meeting);
      const errors = watchErrors();
      try {
        const mounted = await mount(tag, entry, meeting);
        container = mounted.container;
        const ctx: Ctx = { el: mounted.el, meeting, container };
        if (entry.when) {
          // Until it happens the tag shows nothing (a primitive shows its own content, e.g. a trigger).
          if (!entry.children)
            expect(await shownNow(), `<${tag}> before anything happens`).to.deep.equal([]);
          await entry.when(ctx);
          await settled(container, {});
        }
        const seen = typeof entry.sees === 'function' ? entry.sees(meeting) : entry.sees;
        await expectSeen(tag, seen);
        await entry.check?.(ctx);
        await settled(container, {});
        await expectNoAxeViolations(container);
      } finally {
        errors.stop();
      }
      expect(errors.errors, `<${tag}>: errors`).to.deep.equal([]);
    });
  }
});

/** Rendered first without a meeting (it must not throw): what it shows then. */
const late: Record<string, Seen[]> = {
  'rtk-chat': [],
  'rtk-polls': [],
  'rtk-participants': [],
  'rtk-setup-screen': [text('No meeting to show yet.')],
  // Given its participant (the data prop) but no meeting: the name, no menu yet.
  'rtk-participant-tile': [text(GRACE)],
  'rtk-stage-requests': [],
  'rtk-meeting': [text('Getting your meeting ready…')],
};

describe('a tag given .meeting late', function () {
  this.timeout(20000);

  let container: HTMLElement | undefined;
  afterEach(() => {
    if (container) render(null, container);
    container?.remove();
    container = undefined;
  });

  for (const [tag, empty] of Object.entries(late)) {
    const entry = table[tag]!;
    it(`<${tag}> shows ${empty.length ? 'its empty state' : 'nothing'} without a meeting, then its content`, async () => {
      const meeting = await demoMeeting({
        people: 3,
        preset: 'host',
        seed: 1,
        join: true,
        ...entry.meeting,
      });
      await entry.before?.(meeting);
      const errors = watchErrors();
      try {
        const mounted = await mount(tag, entry, meeting, true);
        container = mounted.container;
        if (empty.length) {
          await expectSeen(tag, empty);
          expect(await shownNow(), `<${tag}> without a meeting`).to.have.length(empty.length);
        } else expect(await shownNow(), `<${tag}> without a meeting`).to.deep.equal([]);
        (mounted.el as HTMLElement & { meeting?: DemoMeeting }).meeting = meeting;
        await settled(container, {});
        await expectSeen(tag, typeof entry.sees === 'function' ? entry.sees(meeting) : entry.sees);
      } finally {
        errors.stop();
      }
      expect(errors.errors, `<${tag}>: errors`).to.deep.equal([]);
    });
  }

  it('<rtk-participant-tile> shown before the local user joins gets its menu on joining', async () => {
    const meeting = await demoMeeting({ people: 0, seed: 1 });
    const entry = table['rtk-participant-tile']!;
    entry.before!(meeting);
    const mounted = await mount('rtk-participant-tile', entry, meeting);
    container = mounted.container;
    await expectSeen('rtk-participant-tile', [text(GRACE)]);
    expect(await shownNow(), 'no menu before joining').not.to.include(
      `button "Options for ${GRACE}"`,
    );
    await meeting.join();
    await expectSeen('rtk-participant-tile', [['button', `Options for ${GRACE}`]]);
  });
});

/** The `Alone` stories (the tag with only `.meeting`, plus its data prop) and what they show. */
const aloneStories: Array<[string, StoriesModule, Seen[]]> = [
  [
    'rtk-meeting',
    meetingStories,
    [
      ['region', 'Stage: Demo meeting'],
      ['button', 'Mic on'],
      ['button', 'Leave'],
    ],
  ],
  [
    'rtk-participant-tile',
    participantTileStories,
    [text('Grace Hopper'), ['button', 'Options for Grace Hopper']],
  ],
  [
    'rtk-setup-screen',
    setupScreenStories,
    [
      ['heading', 'Weekly design review'],
      ['button', /^Join/],
    ],
  ],
  [
    'rtk-chat',
    chatStories,
    [text('Morning, all!'), text('Can we start with the budget?'), ['textbox', 'Message']],
  ],
  [
    'rtk-polls',
    pollsStories,
    [
      ['heading', 'Where should we go for the team lunch?'],
      ['radio', 'Tapas'],
    ],
  ],
  [
    'rtk-stage-requests',
    stageRequestsStories,
    [
      ['button', /^Accept /],
      ['button', /^Deny |^Reject /],
    ],
  ],
];

describe('the Alone stories', function () {
  this.timeout(20000);

  let container: HTMLElement | undefined;
  afterEach(() => {
    if (container) render(null, container);
    container?.remove();
    container = undefined;
  });

  for (const [tag, module, seen] of aloneStories) {
    it(`<${tag}> Alone shows real content`, async () => {
      container = document.createElement('div');
      document.body.append(container);
      await mountStory(module, tag, 'Alone', module.Alone as object, container);
      await expectSeen(tag, seen);
    });
  }
});
