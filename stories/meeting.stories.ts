import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/meeting/rtk-meeting.js';
import { ar } from '../src/i18n/packs/ar.js';
import { de } from '../src/i18n/packs/de.js';
import { useLanguage, type LanguagePack } from '../src/i18n/t.js';
import { demoArgTypes, demoMeeting, type DemoArgs } from './helpers/demo.js';

type Language = 'en' | 'de' | 'ar';
type Args = DemoArgs & { noMeeting?: boolean; showSetupScreen?: boolean; mode?: 'fill' | 'fixed'; language?: Language };

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
    noMeeting: { control: 'boolean', description: 'Render without a meeting object (the idle screen).' },
    showSetupScreen: { control: 'boolean' },
    mode: { control: 'inline-radio', options: ['fill', 'fixed'] },
    language: {
      control: 'inline-radio',
      options: ['en', 'de', 'ar'],
      description: 'Language pack, passed as `.t=${useLanguage(pack)}`; Arabic is right to left.',
    },
  },
  render: ({ noMeeting, showSetupScreen, mode, language, ...demo }) => html`<div style="height: 640px">
    <rtk-meeting
      .meeting=${noMeeting ? undefined : demoMeeting(demo)}
      .t=${languageT(language)}
      .showSetupScreen=${showSetupScreen ?? true}
      .mode=${mode ?? 'fill'}
    ></rtk-meeting>
  </div>`,
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
