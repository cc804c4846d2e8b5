/// <reference types="mocha" />
import { en } from '../../src/i18n/en.js';
import { ContextProvider } from '@lit/context';
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import * as avatar from '../../stories/avatar.stories.js';
import * as button from '../../stories/button.stories.js';
import * as cameraToggle from '../../stories/camera-toggle.stories.js';
import * as controlbar from '../../stories/controlbar.stories.js';
import * as controlbarButton from '../../stories/controlbar-button.stories.js';
import * as counter from '../../stories/counter.stories.js';
import * as dialog from '../../stories/dialog.stories.js';
import * as endedScreen from '../../stories/ended-screen.stories.js';
import * as grid from '../../stories/grid.stories.js';
import * as audioGridGr from '../../stories/audio-grid.stories.js';
import * as audioTileGr from '../../stories/audio-tile.stories.js';
import * as gridPaginationGr from '../../stories/grid-pagination.stories.js';
import * as mixedGridGr from '../../stories/mixed-grid.stories.js';
import * as simpleGridGr from '../../stories/simple-grid.stories.js';
import * as spotlightGridGr from '../../stories/spotlight-grid.stories.js';
import * as spotlightIndicatorGr from '../../stories/spotlight-indicator.stories.js';
import * as pinnedIndicatorGr from '../../stories/pinned-indicator.stories.js';
import * as extensionsEx from '../../stories/extensions.stories.js';
import * as icon from '../../stories/icon.stories.js';
import * as idleScreen from '../../stories/idle-screen.stories.js';
import * as informationTooltip from '../../stories/information-tooltip.stories.js';
import * as leaveButton from '../../stories/leave-button.stories.js';
import * as meeting from '../../stories/meeting.stories.js';
import * as menu from '../../stories/menu.stories.js';
import * as menuItem from '../../stories/menu-item.stories.js';
import * as menuList from '../../stories/menu-list.stories.js';
import * as micToggle from '../../stories/mic-toggle.stories.js';
import * as notification from '../../stories/notification.stories.js';
import * as notifications from '../../stories/notifications.stories.js';
import * as paginatedList from '../../stories/paginated-list.stories.js';
import * as participantTile from '../../stories/participant-tile.stories.js';
import * as audioVisualizer from '../../stories/audio-visualizer.stories.js';
import * as nameTag from '../../stories/name-tag.stories.js';
import * as networkIndicator from '../../stories/network-indicator.stories.js';
import * as participantSetup from '../../stories/participant-setup.stories.js';
import * as setupScreen from '../../stories/setup-screen.stories.js';
import * as waitingScreenPj from '../../stories/waiting-screen.stories.js';
import * as permissionsMessagePj from '../../stories/permissions-message.stories.js';
import * as spinner from '../../stories/spinner.stories.js';
import * as switchStories from '../../stories/switch.stories.js';
import * as themes from '../../stories/themes.stories.js';
import * as tooltip from '../../stories/tooltip.stories.js';
import * as uiProvider from '../../stories/ui-provider.stories.js';
import * as clockHd from '../../stories/clock.stories.js';
import * as confirmationModalHd from '../../stories/confirmation-modal.stories.js';
import * as dialogManagerHd from '../../stories/dialog-manager.stories.js';
import * as headerHd from '../../stories/header.stories.js';
import * as leaveMeetingHd from '../../stories/leave-meeting.stories.js';
import * as livestreamIndicatorHd from '../../stories/livestream-indicator.stories.js';
import * as logoHd from '../../stories/logo.stories.js';
import * as meetingTitleHd from '../../stories/meeting-title.stories.js';
import * as overlayModalHd from '../../stories/overlay-modal.stories.js';
import * as participantCountHd from '../../stories/participant-count.stories.js';
import * as recordingIndicatorHd from '../../stories/recording-indicator.stories.js';
import * as viewerCountHd from '../../stories/viewer-count.stories.js';
import * as participantsAudioMd from '../../stories/participants-audio.stories.js';
import * as screenshareViewMd from '../../stories/screenshare-view.stories.js';
import * as tabBarMd from '../../stories/tab-bar.stories.js';
import * as chatToggleCt from '../../stories/chat-toggle.stories.js';
import * as fullscreenToggleCt from '../../stories/fullscreen-toggle.stories.js';
import * as livestreamToggleCt from '../../stories/livestream-toggle.stories.js';
import * as moreToggleCt from '../../stories/more-toggle.stories.js';
import * as participantsToggleCt from '../../stories/participants-toggle.stories.js';
import * as pipToggleCt from '../../stories/pip-toggle.stories.js';
import * as pluginsToggleCt from '../../stories/plugins-toggle.stories.js';
import * as pollsToggleCt from '../../stories/polls-toggle.stories.js';
import * as recordingToggleCt from '../../stories/recording-toggle.stories.js';
import * as screenShareToggleCt from '../../stories/screen-share-toggle.stories.js';
import * as settingsToggleCt from '../../stories/settings-toggle.stories.js';
import * as stageToggleCt from '../../stories/stage-toggle.stories.js';
import * as joinStageSt from '../../stories/join-stage.stories.js';
import * as participantsStageListSt from '../../stories/participants-stage-list.stories.js';
import * as participantsStageQueueSt from '../../stories/participants-stage-queue.stories.js';
import * as stageRequestsSt from '../../stories/stage-requests.stories.js';
import * as livestreamPlayerSh from '../../stories/livestream-player.stories.js';
import * as sidebarSh from '../../stories/sidebar.stories.js';
import * as sidebarUiSh from '../../stories/sidebar-ui.stories.js';
import * as stageSh from '../../stories/stage.stories.js';
import * as cameraSelectorSt from '../../stories/camera-selector.stories.js';
import * as microphoneSelectorSt from '../../stories/microphone-selector.stories.js';
import * as settingsSt from '../../stories/settings.stories.js';
import * as settingsAudioSt from '../../stories/settings-audio.stories.js';
import * as settingsVideoSt from '../../stories/settings-video.stories.js';
import * as speakerSelectorSt from '../../stories/speaker-selector.stories.js';
import * as pollsPl from '../../stories/polls.stories.js';
import * as pollPl from '../../stories/poll.stories.js';
import * as pollFormPl from '../../stories/poll-form.stories.js';
import * as muteAllButtonPp from '../../stories/mute-all-button.stories.js';
import * as muteAllConfirmationPp from '../../stories/mute-all-confirmation.stories.js';
import * as participantPp from '../../stories/participant.stories.js';
import * as participantsPp from '../../stories/participants.stories.js';
import * as participantsViewerListPp from '../../stories/participants-viewer-list.stories.js';
import * as participantsWaitingListPp from '../../stories/participants-waiting-list.stories.js';
import * as virtualizedParticipantListPp from '../../stories/virtualized-participant-list.stories.js';
import * as chatCb from '../../stories/chat.stories.js';
import * as chatComposerUiCb from '../../stories/chat-composer-ui.stories.js';
import * as chatComposerViewCb from '../../stories/chat-composer-view.stories.js';
import * as chatHeaderCb from '../../stories/chat-header.stories.js';
import * as chatSelectorCb from '../../stories/chat-selector.stories.js';
import * as chatSelectorUiCb from '../../stories/chat-selector-ui.stories.js';
import * as draftAttachmentViewCb from '../../stories/draft-attachment-view.stories.js';
import * as emojiPickerCb from '../../stories/emoji-picker.stories.js';
import * as emojiPickerButtonCb from '../../stories/emoji-picker-button.stories.js';
import * as fileDropzoneCb from '../../stories/file-dropzone.stories.js';
import * as filePickerButtonCb from '../../stories/file-picker-button.stories.js';
import * as textComposerViewCb from '../../stories/text-composer-view.stories.js';
import * as chatMessageCm from '../../stories/chat-message.stories.js';
import * as chatMessagesUiCm from '../../stories/chat-messages-ui.stories.js';
import * as chatMessagesUiPaginatedCm from '../../stories/chat-messages-ui-paginated.stories.js';
import * as chatSearchResultsCm from '../../stories/chat-search-results.stories.js';
import * as fileMessageCm from '../../stories/file-message.stories.js';
import * as fileMessageViewCm from '../../stories/file-message-view.stories.js';
import * as imageMessageCm from '../../stories/image-message.stories.js';
import * as imageMessageViewCm from '../../stories/image-message-view.stories.js';
import * as imageViewerCm from '../../stories/image-viewer.stories.js';
import * as markdownViewCm from '../../stories/markdown-view.stories.js';
import * as messageListViewCm from '../../stories/message-list-view.stories.js';
import * as messageViewCm from '../../stories/message-view.stories.js';
import * as pinnedMessageSelectorCm from '../../stories/pinned-message-selector.stories.js';
import * as textMessageCm from '../../stories/text-message.stories.js';
import * as textMessageViewCm from '../../stories/text-message-view.stories.js';
import * as debuggerStories from '../../stories/debugger.stories.js';
import * as debuggerToggle from '../../stories/debugger-toggle.stories.js';
import * as debuggerAudio from '../../stories/debugger-audio.stories.js';
import * as ai from '../../stories/ai.stories.js';
import * as debuggerVideo from '../../stories/debugger-video.stories.js';
import * as aiToggle from '../../stories/ai-toggle.stories.js';
import * as aiTranscriptions from '../../stories/ai-transcriptions.stories.js';
import * as debuggerScreenshare from '../../stories/debugger-screenshare.stories.js';
import * as pluginsStories from '../../stories/plugins.stories.js';
import * as captionToggle from '../../stories/caption-toggle.stories.js';
import * as pluginMain from '../../stories/plugin-main.stories.js';
import * as transcripts from '../../stories/transcripts.stories.js';
import * as transcript from '../../stories/transcript.stories.js';
import * as debuggerSystem from '../../stories/debugger-system.stories.js';
import * as qna from '../../stories/qna.stories.js';
import * as qnaToggle from '../../stories/qna-toggle.stories.js';
import * as keyboardShortcuts from '../../stories/keyboard-shortcuts.stories.js';
import * as breakoutRoomsToggle from '../../stories/breakout-rooms-toggle.stories.js';
import * as breakoutRoomsManager from '../../stories/breakout-rooms-manager.stories.js';
import * as breakoutRoomManager from '../../stories/breakout-room-manager.stories.js';
import * as breakoutRoomParticipants from '../../stories/breakout-room-participants.stories.js';
import * as broadcastMessageModal from '../../stories/broadcast-message-modal.stories.js';
import * as languagePicker from '../../stories/language-picker.stories.js';
import * as raiseHandToggle from '../../stories/raise-hand-toggle.stories.js';
import * as reactionsToggle from '../../stories/reactions-toggle.stories.js';
import * as handRaiseQueue from '../../stories/hand-raise-queue.stories.js';
import * as reactionsOverlay from '../../stories/reactions-overlay.stories.js';
import * as backgroundEffects from '../../stories/background-effects.stories.js';
import { languageContext } from '../../src/context/contexts.js';
import { languages } from '../../src/i18n/languages.js';
import { he } from '../../src/i18n/packs/he.js';
import { ja } from '../../src/i18n/packs/ja.js';
import { createT, useLanguage, type LanguagePack, type TFunction } from '../../src/i18n/t.js';
import { mapItems } from '../../src/meeting/guards.js';
import type { Meeting } from '../../src/meeting/meeting.js';
import {
  mountStory,
  rtkElements,
  storiesOf,
  type Args,
  type MetaLike,
  type StoriesModule,
} from '../helpers/stories.js';

// Every story, rendered with a pseudo-locale `t` that wraps each translation in ⟦…⟧: any visible
// text or accessible attribute outside the markers is an English literal that bypasses `t`.
// Text that is data, not UI, is allowed: what the demo meeting holds (names of the people and of
// self, their initials, the meeting title) and the string args a story passes in (as a page would).
// `test/node/stories-covered.test.mjs` checks that every stories file is imported by a test here.

const OPEN = '⟦';
const CLOSE = '⟧';
const english = createT(en);
/** The pseudo-locale: English inside markers, so a test can tell translated text from literals. */
const pseudoT: TFunction = Object.assign(
  (key: string, params?: Record<string, string | number>) =>
    `${OPEN}${english(key, params)}${CLOSE}`,
  { locale: 'en-XA', dir: 'ltr' as const },
);

/**
 * A language pack inside markers, in its own locale and direction: the same check in Japanese
 * (left to right) and Hebrew (right to left), where components take other paths (plural forms,
 * `Intl` output, mirrored layout, isolated names).
 */
function markedPack(pack: LanguagePack): TFunction {
  const t = useLanguage(pack);
  return Object.assign(
    (key: string, params?: Record<string, string | number>) => `${OPEN}${t(key, params)}${CLOSE}`,
    { locale: t.locale, dir: t.dir },
  );
}
const LANGUAGES: readonly TFunction[] = [pseudoT, markedPack(ja), markedPack(he)];

const ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
];
/**
 * Whitespace, punctuation, symbols (emoji with their joiners and variation selectors) and digits
 * are not words in any language.
 */
const NOT_WORDS = /^[\s\p{P}\p{S}\p{N}\u{FE0F}\u{200D}]*$/u;

/** Removes translated segments, innermost first (a translation may hold another). */
function withoutTranslations(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return rest;
}

/** Initials as people expect them: first letters of the first and last words. */
function initials(name: string): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const first = [...words[0]][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]][0] ?? '') : '';
  return [(first + last).toUpperCase(), first.toUpperCase()];
}

function meetingData(meeting: Meeting): string[] {
  const people = [
    meeting.self,
    ...mapItems(meeting.participants?.joined),
    ...mapItems(meeting.participants?.active),
    ...mapItems(meeting.participants?.waitlisted),
    // People already in the room before joining (the setup screen lists them): the demo's roster.
    ...((meeting as { director?: { people?: Array<{ name?: string }> } }).director?.people ?? []),
  ];
  const names = people
    .map((p) => p?.name)
    .filter((name): name is string => typeof name === 'string');
  const title = meeting.meta?.meetingTitle;
  // Plugin names come from the app's plugin configs: data, like people's names.
  const plugins = mapItems(meeting.plugins?.all)
    .map((p) => p?.name)
    .filter((n): n is string => typeof n === 'string');
  // Device labels come from the browser (here, the demo's devices): data, like names.
  const devices = (meeting.self as { devices?: { all?: () => MediaDeviceInfo[] } }).devices;
  const labels =
    typeof devices?.all === 'function'
      ? devices
          .all()
          .map((d) => d.label)
          .filter(Boolean)
      : [];
  // Chat messages are data too: their text, sender and file name.
  const chat = Array.isArray(meeting.chat?.messages) ? meeting.chat.messages : [];
  const messages: string[] = [];
  chat.forEach((m) => shallowStrings(m, 1, messages));
  // So are what people said (transcripts), the breakout rooms' names and the people in them,
  // and the browser and system the SDK reports.
  const transcripts = (meeting.ai as { transcripts?: unknown[] } | undefined)?.transcripts;
  if (Array.isArray(transcripts)) transcripts.forEach((m) => shallowStrings(m, 1, messages));
  const rooms = (meeting.connectedMeetings as { meetings?: unknown[] } | undefined)?.meetings;
  if (Array.isArray(rooms))
    for (const room of rooms as Array<{ title?: string; participants?: unknown[] }>) {
      if (room.title) messages.push(room.title);
      room.participants?.forEach((p) => shallowStrings(p, 1, messages));
    }
  const specs = (meeting as { __internals__?: { browserSpecs?: unknown } }).__internals__
    ?.browserSpecs;
  if (specs) stringsIn(specs, messages);
  const device = (meeting.self as { device?: { browserName?: string; browserVersion?: string } })
    .device;
  if (device) {
    stringsIn(device, messages);
    messages.push([device.browserName, device.browserVersion].filter(Boolean).join(' '));
  }
  return [
    ...names,
    ...names.flatMap(initials),
    ...(title ? [title] : []),
    ...plugins,
    ...labels,
    ...messages,
  ];
}

function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => stringsIn(item, found));
  else if (value && typeof value === 'object')
    Object.values(value).forEach((item) => stringsIn(item, found));
  return found;
}

/** Properties that carry the kit's own plumbing, not page data. */
const PLUMBING = new Set(['meeting', 'states', 'config', 't', 'iconPack', 'size']);

/** Strings in a value, a few levels deep (a participant object holds its name). */
function shallowStrings(value: unknown, depth: number, found: string[]): void {
  if (typeof value === 'string') found.push(value);
  else if (depth > 0 && Array.isArray(value))
    value.forEach((item) => shallowStrings(item, depth - 1, found));
  else if (
    depth > 0 &&
    value &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    Object.values(value).forEach((item) => shallowStrings(item, depth - 1, found));
  } else if (depth > 0 && value && typeof value === 'object' && 'name' in value) {
    shallowStrings((value as { name?: unknown }).name, 0, found);
  }
}

/**
 * What the page itself wrote into the story (light DOM only, never the kit's shadow roots):
 * attribute values, text, and the string properties it set on rtk-* elements (`label`, `name`).
 */
function pageData(root: Node, found: string[] = []): string[] {
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
      found.push(node.textContent.trim());
    if (!(node instanceof Element)) continue;
    for (const attr of node.attributes) found.push(attr.value);
    if (node.localName.startsWith('rtk-')) {
      const properties = (node.constructor as { elementProperties?: Map<PropertyKey, unknown> })
        .elementProperties;
      for (const key of properties?.keys() ?? []) {
        if (typeof key === 'string' && !PLUMBING.has(key))
          shallowStrings((node as unknown as Record<string, unknown>)[key], 2, found);
      }
    }
    pageData(node, found);
  }
  return found;
}

/**
 * The data shown in a rendered story: from its meetings and participants, its args, and what the
 * page wrote into it; with the initials of each.
 */
function dataOf(container: HTMLElement, args: Args): string[] {
  const data = new Set<string>(
    [...stringsIn(args), ...pageData(container)].map((s) => s.trim()).filter(Boolean),
  );
  // A language picker names each language in that language (日本語, Deutsch), never translated.
  languages.forEach((l) => data.add(l.name));
  for (const el of rtkElements(container)) {
    const meetingOf = el.activeMeeting;
    if (meetingOf) meetingData(meetingOf).forEach((item) => data.add(item));
    const name = (el as { participant?: { name?: string } }).participant?.name;
    if (name) data.add(name);
    // A chat message handed to a message view (by a story or a list) is data, like a participant.
    const message = (el as { message?: unknown }).message;
    if (message && typeof message === 'object') {
      const found: string[] = [];
      shallowStrings(message, 1, found);
      found.forEach((item) => data.add(item));
    }
  }
  // Message text is shown through Markdown: its marks split it into pieces, each still data.
  // Very long text is shown clamped: its words are data.
  for (const item of [...data]) {
    if (item.length > 200) item.split(/\s+/).forEach((word) => word && data.add(word));
    if (!/[*_`~[\]()\n]|https?:/.test(item)) continue;
    // (Links are kept as pieces: the captured URL is part of the split result.)
    const marks = /\*\*|__|~~|[*_`[\]()]|(https?:\/\/[^\s)\]]+)|(?:^|\n)\s*(?:[-*+]|\d+[.)])\s+|\n/;
    for (const piece of item.split(marks)) if (piece?.trim()) data.add(piece.trim());
  }
  for (const item of [...data])
    if (item.split(/\s+/).length <= 4) initials(item).forEach((i) => data.add(i));
  // Longest first, so "Ada Lovelace" goes before "Ada".
  return [...data].filter(Boolean).sort((a, b) => b.length - a.length);
}

interface Finding {
  where: string;
  text: string;
}

function describeNode(node: Node): string {
  const path: string[] = [];
  for (let el: Node | null = node instanceof Element ? node : node.parentNode; el;) {
    if (el instanceof Element) {
      const part = el.getAttribute('part');
      path.unshift(el.localName + (part ? `[part=${part}]` : ''));
      el = el.parentNode;
    } else if (el instanceof ShadowRoot) {
      path.unshift('>>>');
      el = el.host;
    } else break;
  }
  return path.slice(-6).join(' ').replace(/ >>> /g, ' >>> ');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `item` where it stands as whole words (so the arg "sm" does not hide a literal "small"). */
const wholeWords = (item: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(item)}(?![\\p{L}\\p{N}])`, 'gu');

/**
 * Text and accessible attributes the kit renders (in shadow roots of rtk-* elements) outside
 * the markers, after removing data.
 */
export function findLiterals(root: Node, data: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const check = (text: string, where: string) => {
    let rest = withoutTranslations(text);
    if (rest.includes(OPEN) || rest.includes(CLOSE)) {
      findings.push({ where, text: text.trim() });
      return;
    }
    for (const item of data) rest = rest.replace(wholeWords(item), ' ');
    if (!NOT_WORDS.test(rest)) findings.push({ where, text: text.trim() });
  };
  // Only what the kit renders: shadow roots of rtk-* elements. Light DOM (the story's own markup,
  // slotted content) is the page's.
  const walk = (node: Node, inKit: boolean) => {
    if (
      node instanceof HTMLStyleElement ||
      node instanceof HTMLScriptElement ||
      node instanceof HTMLTemplateElement
    )
      return;
    if (node.nodeType === Node.TEXT_NODE) {
      if (inKit && node.textContent?.trim()) check(node.textContent, describeNode(node));
      return;
    }
    // The virtualizer's sizer holds a non-breaking space to give the list its scroll height.
    if (node instanceof Element && node.hasAttribute('virtualizer-sizer')) return;
    if (node instanceof Element) {
      if (inKit) {
        for (const name of ATTRIBUTES) {
          const value = node.getAttribute(name);
          if (value?.trim()) check(value, `${describeNode(node)} @${name}`);
        }
      }
      if (node.shadowRoot) walk(node.shadowRoot, inKit || node.localName.startsWith('rtk-'));
    }
    node.childNodes.forEach((child) => walk(child, inKit));
  };
  walk(root, false);
  return findings;
}

describe('findLiterals', () => {
  it('flags text outside markers and lets translations and data through', () => {
    const host = document.createElement('div');
    host.innerHTML = "<p>Page text is the page's</p><rtk-probe></rtk-probe>";
    host.querySelector('rtk-probe')!.attachShadow({ mode: 'open' }).innerHTML =
      '<p>⟦Leave⟧</p><p>⟦⟦Ada⟧ (you)⟧</p><p>Ada Lovelace</p><p>AL</p><button aria-label="Close"></button>' +
      '<p>Hello ⟦x⟧</p><span>·</span><p>small</p><p title="⟦cut"></p>';
    const found = findLiterals(host, ['Ada Lovelace', 'AL', 'sm']).map((f) => f.text);
    expect(found).to.deep.equal(['Close', 'Hello ⟦x⟧', 'small', '⟦cut']);
  });
});

/** Languages a story may set: the literal check renders it in the pseudo-locale instead. */
const overrides: Args = { language: undefined };

function checkStories(modules: Record<string, StoriesModule>): void {
  for (const language of LANGUAGES) checkStoriesIn(modules, language);
}

function checkStoriesIn(modules: Record<string, StoriesModule>, language: TFunction): void {
  const inLanguage = language.locale === 'en-XA' ? '' : ` (${language.locale})`;
  for (const [moduleName, module] of Object.entries(modules)) {
    const meta = module.default as MetaLike;
    describe(`literals: ${meta.title ?? moduleName}${inLanguage}`, () => {
      let container: HTMLElement | undefined;
      afterEach(() => {
        if (container) render(null, container);
        container?.remove();
        container = undefined;
      });

      // In the packs, the first story of each file (the whole set three times outlasts the run).
      const stories = storiesOf(module);
      for (const [exportName, story] of language === pseudoT ? stories : stories.slice(0, 1)) {
        it(`${exportName} shows no text outside t()`, async function () {
          container = document.createElement('div');
          new ContextProvider(container, { context: languageContext, initialValue: language });
          document.body.append(container);
          const args = await mountStory(
            module,
            moduleName,
            exportName,
            { ...story, args: { ...story.args, ...overrides } },
            container,
          );
          const findings = findLiterals(container, dataOf(container, args));
          expect(
            findings.map((f) => `${f.where}: "${f.text}"`),
            'English literals (not through t)',
          ).to.deep.equal([]);
          // Every element really spoke the pseudo-locale (a story's own `t` would hide literals).
          const other = rtkElements(container)
            .map(
              (el) => [el.localName, (el as unknown as { localize?: TFunction }).localize] as const,
            )
            .filter(([, localize]) => localize && localize.locale !== language.locale);
          expect(
            other.map(([name]) => name),
            'elements not using the pseudo-locale',
          ).to.deep.equal([]);
        });
      }
    });
  }
}

checkStories({
  chatMessageCm,
  chatMessagesUiCm,
  chatMessagesUiPaginatedCm,
  chatSearchResultsCm,
  fileMessageCm,
  fileMessageViewCm,
  imageMessageCm,
  imageMessageViewCm,
  imageViewerCm,
  markdownViewCm,
  messageListViewCm,
  messageViewCm,
  pinnedMessageSelectorCm,
  textMessageCm,
  textMessageViewCm,
  cameraSelectorSt,
  microphoneSelectorSt,
  settingsSt,
  settingsAudioSt,
  settingsVideoSt,
  speakerSelectorSt,
  pollsPl,
  pollPl,
  pollFormPl,
  livestreamPlayerSh,
  sidebarSh,
  sidebarUiSh,
  stageSh,
  avatar,
  button,
  cameraToggle,
  controlbar,
  controlbarButton,
  counter,
  dialog,
  endedScreen,
  grid,
  audioGridGr,
  audioTileGr,
  gridPaginationGr,
  mixedGridGr,
  simpleGridGr,
  spotlightGridGr,
  spotlightIndicatorGr,
  pinnedIndicatorGr,
  extensionsEx,
  icon,
  idleScreen,
  informationTooltip,
  leaveButton,
  meeting,
  menu,
  menuItem,
  menuList,
  micToggle,
  notification,
  notifications,
  paginatedList,
  participantTile,
  audioVisualizer,
  nameTag,
  networkIndicator,
  participantSetup,
  setupScreen,
  waitingScreenPj,
  permissionsMessagePj,
  spinner,
  switch: switchStories,
  themes,
  tooltip,
  uiProvider,
  clockHd,
  confirmationModalHd,
  dialogManagerHd,
  headerHd,
  leaveMeetingHd,
  livestreamIndicatorHd,
  logoHd,
  meetingTitleHd,
  overlayModalHd,
  participantCountHd,
  recordingIndicatorHd,
  viewerCountHd,
  participantsAudioMd,
  screenshareViewMd,
  tabBarMd,
  chatToggleCt,
  fullscreenToggleCt,
  livestreamToggleCt,
  moreToggleCt,
  participantsToggleCt,
  pipToggleCt,
  pluginsToggleCt,
  pollsToggleCt,
  recordingToggleCt,
  screenShareToggleCt,
  settingsToggleCt,
  stageToggleCt,
  joinStageSt,
  participantsStageListSt,
  participantsStageQueueSt,
  stageRequestsSt,
  muteAllButtonPp,
  muteAllConfirmationPp,
  participantPp,
  participantsPp,
  participantsViewerListPp,
  participantsWaitingListPp,
  virtualizedParticipantListPp,
  chatCb,
  chatComposerUiCb,
  chatComposerViewCb,
  chatHeaderCb,
  chatSelectorCb,
  chatSelectorUiCb,
  draftAttachmentViewCb,
  emojiPickerCb,
  emojiPickerButtonCb,
  fileDropzoneCb,
  filePickerButtonCb,
  textComposerViewCb,
  debuggerStories,
  debuggerToggle,
  debuggerAudio,
  ai,
  debuggerVideo,
  aiToggle,
  aiTranscriptions,
  debuggerScreenshare,
  pluginsStories,
  captionToggle,
  pluginMain,
  transcripts,
  transcript,
  debuggerSystem,
  qna,
  qnaToggle,
  keyboardShortcuts,
  breakoutRoomsToggle,
  breakoutRoomsManager,
  breakoutRoomManager,
  breakoutRoomParticipants,
  broadcastMessageModal,
  languagePicker,
  raiseHandToggle,
  reactionsToggle,
  handRaiseQueue,
  reactionsOverlay,
  backgroundEffects,
});
