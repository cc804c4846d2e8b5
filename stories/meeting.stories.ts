import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/meeting/rtk-meeting.js';
import { ar } from '../src/i18n/packs/ar.js';
import { de } from '../src/i18n/packs/de.js';
import { useLanguage, type LanguagePack } from '../src/i18n/t.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Language = 'en' | 'de' | 'ar';
type Args = DemoArgs & {
  noMeeting?: boolean;
  showSetupScreen?: boolean;
  mode?: 'fill' | 'fixed';
  language?: Language;
  /** Meeting type (`meta.viewType`); unset: from the preset. */
  viewType?: 'GROUP_CALL' | 'WEBINAR' | 'AUDIO_ROOM' | 'LIVESTREAM' | 'CHAT';
  /** Page width in CSS pixels (the meeting sizes itself from it). */
  width?: number;
  /** Open the sidebar on this section. */
  sidebar?: 'chat' | 'polls' | 'participants' | 'plugins';
  /** Drop the connection once joined (shows the reconnecting banner). */
  dropSocket?: boolean;
};

const dropped = new WeakSet<object>();

const packs: Partial<Record<Language, LanguagePack>> = { de, ar };

/** The `t` for a language arg; English is the default, so no `t`. */
function languageT(language: Language | undefined) {
  const pack = language ? packs[language] : undefined;
  return pack ? useLanguage(pack) : undefined;
}

const meta: Meta<Args> = {
  title: 'Meeting/Meeting',
  component: 'rtk-meeting',
  args: { people: 3, seed: 1, title: 'Demo meeting', showSetupScreen: true, mode: 'fill' },
  argTypes: {
    ...demoArgTypes,
    noMeeting: {
      control: 'boolean',
      description: 'Render without a meeting object (the idle screen).',
    },
    showSetupScreen: { control: 'boolean' },
    mode: { control: 'inline-radio', options: ['fill', 'fixed'] },
    viewType: {
      control: 'select',
      options: [undefined, 'GROUP_CALL', 'WEBINAR', 'AUDIO_ROOM', 'LIVESTREAM', 'CHAT'],
    },
    width: { control: 'number', description: 'Page width in CSS pixels.' },
    sidebar: {
      control: 'select',
      options: [undefined, 'chat', 'polls', 'participants', 'plugins'],
    },
    dropSocket: { control: 'boolean', description: 'Drop the connection once joined.' },
    language: {
      control: 'inline-radio',
      options: ['en', 'de', 'ar'],
      description: 'Language pack, passed as `.t=${useLanguage(pack)}`; Arabic is right to left.',
    },
  },
  render: ({ noMeeting, showSetupScreen, mode, language, width, sidebar, dropSocket, ...demo }) => {
    const meeting = noMeeting ? undefined : demoMeeting(demo);
    if (meeting && dropSocket && !dropped.has(meeting)) {
      dropped.add(meeting);
      const drop = () => meeting.director.disconnect({ giveUpAfterMs: 24 * 3600 * 1000 });
      if (meeting.self.roomState === 'joined') drop();
      else meeting.self.on('roomJoined', drop);
    }
    return html`<div style="height: 640px; ${width ? `width: ${width}px` : ''}">
      <rtk-meeting
        .meeting=${meeting}
        .t=${languageT(language)}
        .showSetupScreen=${showSetupScreen ?? true}
        .mode=${mode ?? 'fill'}
        .states=${sidebar ? { activeSidebar: true, sidebar } : undefined}
      ></rtk-meeting>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Before joining: the setup screen. */
export const SetupScreen: Story = {};

/** In the call with four people (you and three others): grid and control bar. */
export const Joined: Story = { args: { join: true } };

/** Without the setup screen, `rtk-meeting` joins at once. */
export const NoSetupScreen: Story = { args: { showSetupScreen: false } };

/** A bigger room with people talking and toggling on their own. */
export const LivelyRoom: Story = { args: { people: 8, join: true, lively: true } };

/** A webinar viewer in the call: no microphone or camera until they join the stage. */
export const WebinarViewer: Story = { args: { join: true, preset: 'webinar-viewer' } };

/** In the waiting room. */
export const WaitingRoom: Story = { args: { join: true, waitingRoom: true } };

/** After the host ended the meeting. */
export const Ended: Story = { args: { leaveAs: 'ended' } };

/** After the host removed you. */
export const Kicked: Story = { args: { leaveAs: 'kicked' } };

/** No meeting yet: the idle screen. */
export const NoMeeting: Story = { args: { noMeeting: true } };

/** In German, in the call. */
export const German: Story = { args: { language: 'de', join: true } };

/** In Arabic, before joining: the setup screen laid out right to left. */
export const ArabicSetup: Story = { args: { language: 'ar' } };

/** In Arabic, in the call: name tags at the inline start (right), controls mirrored. */
export const Arabic: Story = { args: { language: 'ar', join: true } };

/** A host with the participants list open beside the stage (desktop width). */
export const SidebarOpen: Story = { args: { join: true, sidebar: 'participants' } };

/** Phone width: the sidebar covers the meeting as a sheet. */
export const PhoneWithSidebar: Story = { args: { join: true, width: 390, sidebar: 'chat' } };

/** Phone width in the call. */
export const Phone: Story = { args: { join: true, width: 390 } };

/** A livestream viewer: the player instead of the grid. */
export const LivestreamViewer: Story = { args: { join: true, preset: 'livestream-viewer' } };

/** A CHAT meeting: the chat is the main area. */
export const ChatMeeting: Story = { args: { join: true, viewType: 'CHAT' } };

/** An audio room. */
export const AudioRoom: Story = { args: { join: true, preset: 'audio-room' } };

/** The connection dropped: "Reconnecting…" until it is back (the UI states are kept). */
export const Reconnecting: Story = { args: { join: true, dropSocket: true } };

/** The tag alone, given only `.meeting` (joined): header, stage, control bar. */
export const Alone: Story = {
  args: { join: true, seed: 2 },
  render: ({ people, seed, title, join }) =>
    html`<div style="height: 640px"><rtk-meeting .meeting=${demoMeeting({ people, seed, title, join })}></rtk-meeting></div>`,
};
