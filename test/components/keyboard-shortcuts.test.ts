import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/meeting/rtk-meeting.js';
import '../../src/components/keyboard-shortcuts/rtk-keyboard-shortcuts.js';
import type { RtkMeeting } from '../../src/components/meeting/rtk-meeting.js';
import type { RtkKeyboardShortcuts } from '../../src/components/keyboard-shortcuts/rtk-keyboard-shortcuts.js';
import type { UiConfig } from '../../src/context/config.js';
import { parseCombo, shortcutTable } from '../../src/internal/shortcuts.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import {
  deepActiveElement,
  deepText,
  demoMeeting,
  nameOf,
  queryAllDeep,
  queryDeep,
  totalListeners,
  type MountOptions,
} from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

async function mount(options: MountOptions = {}, config?: UiConfig) {
  const meeting = await demoMeeting({ people: 3, join: true, ...options });
  const el = await fixture<RtkMeeting>(
    html`<rtk-meeting
      .meeting=${meeting}
      .config=${config}
      style="width: 1200px; height: 760px"
    ></rtk-meeting>`,
  );
  await until(() => queryDeep(el, 'rtk-controlbar'), 'the control bar');
  await rendered(el);
  document.body.focus();
  return { el, meeting };
}

/** Presses a combination: modifiers held down around `key` (a KeyboardEvent.code or key name). */
async function press(combo: string) {
  const parts = combo.split('+');
  const key = parts.pop()!;
  for (const m of parts) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of parts.reverse()) await sendKeys({ up: m });
}

const help = (el: Element) =>
  queryDeep<RtkKeyboardShortcuts>(el, 'rtk-keyboard-shortcuts[open]') ??
  queryDeep<RtkKeyboardShortcuts>(document.body, 'rtk-keyboard-shortcuts[open]');

const rowNames = (h: Element) => queryAllDeep(h, 'tbody th').map((th) => th.textContent!.trim());

/** The on/off state of a control's button: pressed in the bar, checked as a "More" menu item. */
const pressedButton = (el: Element, tag: string) => {
  const button = queryDeep(queryDeep(el, tag)!, 'button')!;
  return button.getAttribute('aria-pressed') ?? button.getAttribute('aria-checked');
};

/** Tracks the document's and window's key and blur listeners added and removed meanwhile. */
function watchDocumentListeners() {
  let net = 0;
  const kinds = new Set(['keydown', 'keyup', 'blur', 'visibilitychange']);
  const targets = [document, window] as EventTarget[];
  const originals = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
  targets.forEach((t, i) => {
    const [add, remove] = originals[i]!;
    t.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      if (kinds.has(type)) net++;
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof t.addEventListener;
    t.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      if (kinds.has(type)) net--;
      return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof t.removeEventListener;
  });
  return {
    get net() {
      return net;
    },
    stop: () =>
      targets.forEach((t, i) => {
        [t.addEventListener, t.removeEventListener] = originals[i]!;
      }),
  };
}

describe('keyboard shortcuts', () => {
  failOnConsoleErrors();

  it('? opens the help: every shortcut, focus kept inside, Escape closes it and focus returns', async () => {
    const { el } = await mount();
    const mic = queryDeep(queryDeep(el, 'rtk-mic-toggle')!, 'button')!;
    mic.focus();
    await press('Shift+Slash');
    const dialog = await until(() => help(el), 'the help opens');
    await until(() => rowNames(dialog).length > 0, 'rows');
    expect(deepText(dialog)).to.contain('Keyboard shortcuts');
    expect(rowNames(dialog)).to.deep.equal([
      'Turn the microphone on or off',
      'Turn the camera on or off',
      'Start or stop sharing your screen',
      'Raise or lower your hand',
      'Open the reactions',
      'Open or close the chat',
      'Open or close the participants',
      'Open or close questions and answers',
      'Show or hide captions',
      'Leave the meeting (asks first)',
      'Show these shortcuts',
      'Talk while your microphone is off (push to talk)',
    ]);
    expect(deepText(dialog)).to.contain('Ctrl + D');
    expect(deepText(dialog)).to.contain('Alt + Shift + H');
    expect(deepText(dialog)).to.contain('Hold Space');
    // Focus is in the dialog and stays there.
    const inside = () => queryAllDeep(dialog, '*').includes(deepActiveElement() as HTMLElement);
    await until(inside, 'focus moves into the help');
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      // Inside the help, or out of the page (the browser's own controls), never the meeting.
      const active = deepActiveElement();
      expect(
        inside() || !active || active === document.body,
        `Tab ${i + 1} stays in the help`,
      ).to.equal(true);
    }
    await sendKeys({ press: 'Escape' });
    await until(() => !help(el), 'Escape closes the help');
    await until(() => deepActiveElement() === mic, 'focus back on the microphone button');
    await expect(el).to.be.accessible();
  });

  it('runs every shortcut: screen share, hand, reactions, chat, participants, Q&A, captions and leave (asks first)', async () => {
    const { el, meeting } = await mount();
    await press('Alt+Shift+KeyS');
    await until(() => meeting.self.screenShareEnabled, 'Alt+Shift+S shares the screen');
    await press('Alt+Shift+KeyS');
    await until(() => !meeting.self.screenShareEnabled, 'Alt+Shift+S stops sharing');

    await press('Alt+Shift+KeyH');
    await until(
      () =>
        queryDeep(el, 'rtk-raise-hand-toggle') &&
        nameOf(queryDeep(queryDeep(el, 'rtk-raise-hand-toggle')!, 'button')!) === 'Lower hand',
      'Alt+Shift+H raises the hand',
    );
    await press('Alt+Shift+KeyH');
    await until(
      () => nameOf(queryDeep(queryDeep(el, 'rtk-raise-hand-toggle')!, 'button')!) === 'Raise hand',
      'Alt+Shift+H lowers it',
    );

    await press('Alt+Shift+KeyR');
    await until(
      () =>
        queryDeep(queryDeep(el, 'rtk-reactions-toggle')!, 'button')!.getAttribute(
          'aria-expanded',
        ) === 'true',
      'Alt+Shift+R opens the reactions',
    );
    await sendKeys({ press: 'Escape' });
    document.body.focus();

    await press('Alt+Shift+KeyC');
    await until(() => queryDeep(el, 'rtk-chat'), 'Alt+Shift+C opens the chat');
    expect(pressedButton(el, 'rtk-chat-toggle')).to.equal('true');
    document.body.focus();
    await press('Alt+Shift+KeyP');
    await until(() => queryDeep(el, 'rtk-participants'), 'Alt+Shift+P opens the participants');
    document.body.focus();
    await press('Alt+Shift+KeyQ');
    await until(() => queryDeep(el, 'rtk-qna'), 'Alt+Shift+Q opens Q&A (its toggle loads first)');
    document.body.focus();
    await press('Alt+Shift+KeyQ');
    await until(() => !queryDeep(el, 'rtk-qna'), 'and closes it');

    document.body.focus();
    await press('Alt+Shift+KeyT');
    await until(
      () => pressedButton(el, 'rtk-caption-toggle') === 'true',
      'Alt+Shift+T shows captions',
    );

    document.body.focus();
    await press('Alt+Shift+KeyL');
    const confirm = await until(
      () =>
        [
          ...(queryDeep(el, 'rtk-leave-meeting')?.shadowRoot?.querySelectorAll('rtk-button') ?? []),
        ].find((b) => b.textContent!.trim() === 'Cancel'),
      'Alt+Shift+L asks first',
    );
    (confirm as HTMLElement).click();
    await until(() => !queryDeep(el, 'rtk-leave-meeting[open]'), 'cancelled');
    expect(meeting.self.roomState).to.equal('joined');
  });

  it('a shortcut whose control the meeting lacks says so (captions without transcription)', async () => {
    const { el } = await mount({ preset: 'webinar-viewer' });
    await press('Alt+Shift+KeyT');
    await until(
      () => deepText(el).includes('Show or hide captions is not available in this meeting.'),
      'a notice',
    );
  });

  it('push-to-talk: hold Space while muted talks; key up or leaving the window mutes again', async () => {
    const { el, meeting } = await mount();
    await press('Control+KeyD');
    await until(() => !meeting.self.audioEnabled, 'muted');
    // The first Space loads the layer; holding it (repeated keydowns) talks.
    document.body.focus();
    await sendKeys({ down: 'Space' });
    // Held down, the key repeats: the layer (loaded by the first keydown) talks on a repeat.
    const repeat = () =>
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: ' ',
          code: 'Space',
          repeat: true,
          bubbles: true,
          composed: true,
        }),
      );
    await until(() => (repeat(), meeting.self.audioEnabled), 'holding Space talks', {
      interval: 100,
    });
    await until(() => meeting.self.audioEnabled, 'holding Space turns the microphone on');
    await sendKeys({ up: 'Space' });
    await until(() => !meeting.self.audioEnabled, 'releasing Space turns it off');

    await sendKeys({ down: 'Space' });
    await until(() => meeting.self.audioEnabled, 'on again');
    window.dispatchEvent(new Event('blur'));
    await until(() => !meeting.self.audioEnabled, 'leaving the window turns it off');
    await sendKeys({ up: 'Space' });
    expect(meeting.self.audioEnabled).to.equal(false);

    // Not muted: Space does nothing to the microphone.
    await press('Control+KeyD');
    await until(() => meeting.self.audioEnabled, 'unmuted');
    await sendKeys({ down: 'Space' });
    await sendKeys({ up: 'Space' });
    expect(meeting.self.audioEnabled).to.equal(true);
    void el;
  });

  it('Space on a focused button presses the button, not push-to-talk', async () => {
    const { el, meeting } = await mount();
    await press('Shift+Slash');
    await until(() => help(el), 'layer loaded');
    await sendKeys({ press: 'Escape' });
    await press('Control+KeyD');
    await until(() => !meeting.self.audioEnabled, 'muted');
    const chat = queryDeep(queryDeep(el, 'rtk-chat-toggle')!, 'button')!;
    chat.focus();
    await sendKeys({ down: 'Space' });
    await sendKeys({ up: 'Space' });
    await until(() => queryDeep(el, 'rtk-chat'), 'the chat opened');
    expect(meeting.self.audioEnabled).to.equal(false);
  });

  it('shortcuts are off while typing (Q&A question, chat message)', async () => {
    const { el, meeting } = await mount();
    await press('Alt+Shift+KeyQ');
    const qna = await until(
      () => queryDeep(el, 'rtk-qna')?.shadowRoot?.querySelector('textarea'),
      'Q&A',
    );
    await press('Control+KeyD');
    await until(() => !meeting.self.audioEnabled, 'muted');
    qna.focus();
    await press('Shift+Slash');
    await press('Alt+Shift+KeyC');
    await sendKeys({ down: 'Space' });
    await sendKeys({ up: 'Space' });
    await rendered(el);
    expect(help(el)).to.equal(undefined);
    expect(queryDeep(el, 'rtk-chat')).to.equal(undefined);
    expect(meeting.self.audioEnabled).to.equal(false);
    expect(qna.value).to.equal('? ');
  });

  it('config.shortcuts moves and turns off shortcuts, and the help follows', async () => {
    const { el, meeting } = await mount(
      {},
      {
        shortcuts: { raiseHand: 'Alt+Shift+Y', chat: false, mic: 'Mod+M', pushToTalk: false },
      },
    );
    await press('Alt+Shift+KeyC');
    await press('Alt+Shift+KeyY');
    await until(
      () =>
        queryDeep(el, 'rtk-raise-hand-toggle') &&
        nameOf(queryDeep(queryDeep(el, 'rtk-raise-hand-toggle')!, 'button')!) === 'Lower hand',
      'Alt+Shift+Y raises the hand',
    );
    expect(queryDeep(el, 'rtk-chat')).to.equal(undefined);
    await press('Control+KeyD');
    await rendered(el);
    expect(meeting.self.audioEnabled, 'Ctrl+D moved away').to.equal(true);
    await press('Control+KeyM');
    await until(() => !meeting.self.audioEnabled, 'Ctrl+M mutes');
    await press('Shift+Slash');
    const dialog = await until(() => help(el), 'help');
    await until(() => rowNames(dialog).length > 0, 'rows');
    expect(rowNames(dialog)).not.to.include('Open or close the chat');
    expect(rowNames(dialog)).not.to.include('Talk while your microphone is off (push to talk)');
    expect(deepText(dialog)).to.contain('Alt + Shift + Y');
    expect(deepText(dialog)).to.contain('Ctrl + M');
  });

  it('parses combinations and refuses ones without Ctrl/⌘ or Alt', () => {
    expect(parseCombo('Alt+Shift+H')).to.deep.equal({
      key: 'h',
      mod: false,
      shift: true,
      alt: true,
    });
    expect(parseCombo('cmd+k')).to.deep.equal({ key: 'k', mod: true, shift: false, alt: false });
    expect(parseCombo('H')).to.equal(undefined);
    expect(parseCombo('Hyper+H')).to.equal(undefined);
    expect(parseCombo('?')).to.deep.equal({ key: '?', mod: false, shift: false, alt: false });
    // An unusable combination keeps the default.
    const table = shortcutTable({ chat: 'C' });
    expect(table.find((e) => e.action === 'chat')!.combo).to.deep.equal(parseCombo('Alt+Shift+C'));
  });

  it('leaves no listener behind: not on the meeting, not on the document', async () => {
    const watch = watchDocumentListeners();
    try {
      const meeting = await demoMeeting({ people: 2, join: true });
      const before = totalListeners(meeting);
      const el = await fixture<RtkMeeting>(
        html`<rtk-meeting .meeting=${meeting} style="width: 1000px; height: 700px"></rtk-meeting>`,
      );
      await until(() => queryDeep(el, 'rtk-controlbar'), 'bar');
      await rendered(el);
      document.body.focus();
      await press('Shift+Slash');
      await until(() => help(el), 'the layer and the help loaded');
      await sendKeys({ press: 'Escape' });
      expect(watch.net).to.be.greaterThan(0);
      el.remove();
      await until(
        () => watch.net === 0,
        () => `document listeners left: ${watch.net}`,
      );
      expect(totalListeners(meeting)).to.equal(before);
    } finally {
      watch.stop();
    }
  });
});
