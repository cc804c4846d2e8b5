import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/controlbar/rtk-controlbar.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import type { RtkControlbar } from '../../src/components/controlbar/controlbar.js';
import type { RtkUiProvider } from '../../src/components/ui-provider/ui-provider.js';
import { de } from '../../src/i18n/packs/de.js';
import { useLanguage } from '../../src/i18n/t.js';
import {
  demoMeeting,
  mountWithMeeting,
  nameOf,
  queryAllDeep,
  queryDeep,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

/** The accessible name of the mic toggle inside `root`. */
const micName = (root: Element) => {
  const toggle = queryDeep(root, 'rtk-mic-toggle');
  const button = toggle && queryDeep(toggle, 'button');
  return button ? nameOf(button) : undefined;
};

/** Counts the `context-provider` announcements made while `action` runs (one per new provider). */
async function providersAnnounced(action: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const seen = () => count++;
  window.addEventListener('context-provider', seen, true);
  try {
    await action();
  } finally {
    window.removeEventListener('context-provider', seen, true);
  }
  return count;
}

describe('values flow down once', () => {
  it('a tag given only .meeting passes it to the kit tags it renders', async () => {
    const meeting = await demoMeeting({ join: true });
    const bar = await fixture<RtkControlbar>(
      html`<rtk-controlbar .meeting=${meeting}></rtk-controlbar>`,
    );
    await until(
      () => micName(bar) === 'Mic on',
      () => `mic toggle says ${micName(bar)}`,
    );
    await meeting.self.disableAudio();
    await until(
      () => micName(bar) === 'Mic off',
      () => `mic toggle says ${micName(bar)}`,
    );
  });

  it('a tag set with its own meeting inside a provider passes its own down, also when set later', async () => {
    const outer = await demoMeeting({ join: true });
    const inner = await demoMeeting({ join: true });
    await inner.self.disableAudio();
    const provider = await fixture<RtkUiProvider>(
      html`<rtk-ui-provider .meeting=${outer}><rtk-controlbar></rtk-controlbar></rtk-ui-provider>`,
    );
    const bar = provider.querySelector('rtk-controlbar')!;
    await until(
      () => micName(bar) === 'Mic on',
      () => `from the provider: ${micName(bar)}`,
    );
    // Set after the first render: the provider above hands its subscribers in this subtree over.
    bar.meeting = inner;
    await until(
      () => micName(bar) === 'Mic off',
      () => `after setting the inner meeting: ${micName(bar)}`,
    );
    // Unset again: the subtree follows the provider's meeting once more.
    bar.meeting = undefined;
    await until(
      () => micName(bar) === 'Mic on',
      () => `after unsetting: ${micName(bar)}`,
    );
  });

  it('a language set late reaches the subtree when the page provides only the meeting', async () => {
    // The page provides the meeting and nothing else: the tag provides the other values itself.
    const { el } = await mountWithMeeting<RtkControlbar>(html`<rtk-controlbar></rtk-controlbar>`, {
      join: true,
    });
    await until(
      () => micName(el) === 'Mic on',
      () => `before: ${micName(el)}`,
    );
    el.t = useLanguage(de);
    await until(
      () => micName(el) === 'Mikro an',
      () => `after setting German: ${micName(el)}`,
    );
  });

  it('inside a provider, tags with no values of their own add no provider', async () => {
    const meeting = await demoMeeting({ join: true });
    const announced = await providersAnnounced(async () => {
      const provider = await fixture<RtkUiProvider>(
        html`<rtk-ui-provider .meeting=${meeting}><rtk-controlbar></rtk-controlbar></rtk-ui-provider>`,
      );
      await until(() => micName(provider) === 'Mic on');
      expect(
        queryAllDeep(provider, '*').filter((e) => e.localName.startsWith('rtk-')).length,
      ).to.be.greaterThan(5);
    });
    // rtk-ui-provider's five contexts, each announced once when it connects; nothing below adds one.
    expect(announced).to.be.within(5, 10);
  });

  it('a tag used alone keeps the UI states its subtree asks for', async () => {
    const meeting = await demoMeeting({ join: true });
    const bar = await fixture<RtkControlbar>(
      html`<rtk-controlbar .meeting=${meeting}></rtk-controlbar>`,
    );
    const chatButton = () => {
      const toggle = queryDeep(bar, 'rtk-chat-toggle');
      return toggle && queryDeep<HTMLButtonElement>(toggle, 'button');
    };
    const chat = await until(chatButton, 'no chat toggle');
    expect(chat.getAttribute('aria-pressed') ?? chat.getAttribute('aria-expanded')).to.equal(
      'false',
    );
    chat.click();
    // No rtk-meeting above: the control bar is the provider, so the toggle shows the open chat.
    await until(
      () =>
        (chatButton()?.getAttribute('aria-pressed') ??
          chatButton()?.getAttribute('aria-expanded')) === 'true',
      'the chat toggle never showed the open chat',
    );
  });
});
