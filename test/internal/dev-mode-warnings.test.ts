import { expect, html } from '@open-wc/testing';
import '../../src/components/meeting/rtk-meeting.js';
import type { RtkMeeting } from '../../src/components/meeting/rtk-meeting.js';
import { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import { mountWithMeeting, queryDeep } from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

// Tests run Lit in development mode, which warns when an element schedules an update from its
// own update ("change-in-update": an extra render pass each time). A joined meeting walked through
// its main screens must cause none. Lit warns once per message and page, so this file, which
// has its own page, sees every one.
describe('Lit development-mode warnings', () => {
  it('a joined meeting, its sidebar sections, a screen share and three dialogs: no update after an update', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      original.apply(console, args);
    };
    try {
      const { el, meeting } = await mountWithMeeting<RtkMeeting>(
        html`<rtk-meeting style="display: block; inline-size: 1280px; block-size: 720px"></rtk-meeting>`,
        { join: true, people: 6, seed: 3 },
      );
      await rendered(el);
      for (const sidebar of ['chat', 'polls', 'participants'] as const) {
        el.dispatchEvent(new RtkStateUpdateEvent({ activeSidebar: true, sidebar }));
        await until(() => queryDeep(el, `rtk-${sidebar}`), `${sidebar} never opened`);
        await rendered(el);
      }
      const [sharer] = meeting.participants.joined.toArray();
      meeting.director.setScreenShare(sharer.id, true);
      await until(() => queryDeep(el, 'rtk-screenshare-view'), 'the screen share never showed');
      await rendered(el);
      el.dispatchEvent(new RtkStateUpdateEvent({ activeSettings: true }));
      await until(() => queryDeep(el, 'rtk-settings'), 'the settings never opened');
      await rendered(el);
      // The dialogs of rtk-dialog: opened, closed, another one opened.
      el.dispatchEvent(new RtkStateUpdateEvent({ activeSettings: false }));
      el.dispatchEvent(new RtkStateUpdateEvent({ activeLeaveConfirmation: true }));
      await until(() => queryDeep(el, 'rtk-leave-meeting'), 'the leave dialog never opened');
      await rendered(el);
      el.dispatchEvent(new RtkStateUpdateEvent({ activeLeaveConfirmation: false }));
      el.dispatchEvent(new RtkStateUpdateEvent({ activeMuteAllConfirmation: true }));
      await until(() => queryDeep(el, 'rtk-mute-all-confirmation'), 'mute all never opened');
      await rendered(el);
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => w.includes('change-in-update'))).to.deep.equal([]);
  });
});
