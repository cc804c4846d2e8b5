import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/controlbar/rtk-controlbar.js';
import type { RtkControlbar } from '../../src/components/controlbar/rtk-controlbar.js';
import type { DemoPresetName } from '../../src/demo/index.js';
import {
  deepActiveElement,
  demoMeeting,
  mountWithMeeting,
  nameOf,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

// Rare controls load on demand (those the meeting does not need never do): wait for what the
// kit is loading, the updates and the resize that follow.
const settle = (el: HTMLElement) => rendered(el);

/** Names of the buttons a person can see in the bar (not inside the closed "More" menu). */
function barNames(el: HTMLElement): string[] {
  return queryAllDeep<HTMLButtonElement>(el, 'button')
    .filter((b) => b.getClientRects().length > 0)
    .map(nameOf);
}

/** Names of the controls inside the "More" menu (visible ones only). */
function moreNames(el: HTMLElement): string[] {
  const more = queryDeep(el, 'rtk-more-toggle');
  if (!more) return [];
  return [...more.children]
    .filter((c) => !(c as HTMLElement).hidden)
    .flatMap((c) => queryAllDeep<HTMLButtonElement>(c, 'button'))
    .map(nameOf);
}

/** Points at "More", which loads the controls that live only there (settings, full screen…). */
async function pointAtMore(el: HTMLElement) {
  queryDeep(el, 'rtk-more-toggle')!.dispatchEvent(new PointerEvent('pointerenter'));
  await until(() => customElements.get('rtk-settings-toggle'), 'settings never loaded');
  await settle(el);
}

/** Presses Ctrl + `key`. */
async function ctrl(key: string) {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

async function bar(preset: DemoPresetName, width = 1400) {
  const { el, meeting } = await mountWithMeeting<RtkControlbar>(
    html`<rtk-controlbar style=${`inline-size: ${width}px`}></rtk-controlbar>`,
    { join: true, preset },
  );
  await settle(el);
  return { el, meeting };
}

describe('<rtk-controlbar>', () => {
  it('is a labelled toolbar, and a host sees every control their permissions allow', async () => {
    const { el } = await bar('host');
    const toolbar = el.shadowRoot!.querySelector('[role="toolbar"]')!;
    expect(toolbar.getAttribute('aria-label')).to.equal('Meeting controls');
    expect(barNames(el)).to.deep.equal([
      'Mic on',
      'Camera on',
      'Share screen',
      'Record',
      'Chat',
      'Polls',
      'Participants',
      ...(barNames(el).includes('Plugins') ? ['Plugins'] : []),
      'More',
      'Leave',
    ]);
    await pointAtMore(el);
    expect(moreNames(el)).to.include('Settings');
    await expect(el).to.be.accessible();
  });

  it('a participant cannot record', async () => {
    const { el } = await bar('participant');
    const names = barNames(el);
    expect(names).to.include.members([
      'Mic on',
      'Camera on',
      'Share screen',
      'Chat',
      'Polls',
      'Participants',
      'More',
      'Leave',
    ]);
    expect(names).not.to.include('Record');
    expect(names.some((n) => /stage/i.test(n))).to.equal(false);
  });

  it('a webinar viewer is asked to request the stage and cannot record', async () => {
    const { el } = await bar('webinar-viewer');
    const names = barNames(el);
    expect(names).to.include.members([
      'Mic off',
      'Camera off',
      'Request to join stage',
      'Request to share',
      'Chat',
      'Polls',
      'Leave',
    ]);
    expect(names).not.to.include('Record');
  });

  it('a livestream viewer can request the stage but not share the screen or go live', async () => {
    const { el } = await bar('livestream-viewer');
    const names = barNames(el);
    expect(names).to.include('Request to join stage');
    expect(names.some((n) => /share/i.test(n))).to.equal(false);
    expect(names).not.to.include('Go live');
    expect(names).not.to.include('Record');
  });

  it('a livestream host can go live', async () => {
    const { el } = await bar('livestream-host');
    expect(barNames(el)).to.include('Go live');
  });

  it('keeps only the essentials in the bar at size sm, the rest in "More"', async () => {
    const { el } = await mountWithMeeting<RtkControlbar>(
      html`<rtk-controlbar size="sm"></rtk-controlbar>`,
      { join: true },
    );
    await settle(el);
    expect(barNames(el)).to.deep.equal(['Mic on', 'Camera on', 'More', 'Leave']);
    await pointAtMore(el);
    expect(moreNames(el)).to.include.members([
      'Share screen',
      'Chat',
      'Polls',
      'Participants',
      'Record',
      'Settings',
    ]);
  });

  it('moves what does not fit into "More" and back when there is room', async () => {
    const { el } = await bar('host', 1400);
    expect(barNames(el)).to.include('Participants');
    el.style.inlineSize = '420px';
    await until(() => !barNames(el).includes('Chat'), 'nothing moved out');
    await settle(el);
    const container = el.shadowRoot!.querySelector<HTMLElement>('[part="container"]')!;
    const defaults = el.shadowRoot!.querySelector<HTMLElement>('.defaults')!;
    expect(defaults.getBoundingClientRect().width).to.be.at.most(container.clientWidth + 1);
    expect(barNames(el)).to.include.members(['Mic on', 'Camera on', 'More', 'Leave']);
    await pointAtMore(el);
    expect(moreNames(el)).to.include.members(['Chat', 'Participants', 'Settings']);
    el.style.inlineSize = '1400px';
    await until(() => barNames(el).includes('Participants'), 'nothing moved back');
  });

  it('opens "More" from the keyboard and closes it with Escape', async () => {
    const { el } = await mountWithMeeting<RtkControlbar>(
      html`<rtk-controlbar size="sm"></rtk-controlbar>`,
      { join: true },
    );
    await settle(el);
    const more = queryDeep(el, 'rtk-more-toggle')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const trigger = queryDeep<HTMLButtonElement>(more, 'button')!;
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    expect(nameOf(deepActiveElement()!)).to.equal(moreNames(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(nameOf(deepActiveElement()!)).to.equal(moreNames(el)[1]);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(nameOf(deepActiveElement()!)).to.equal('More');
  });

  it('leaves out the controls config.controlBar.elements turns off', async () => {
    const config = {
      controlBar: { elements: { chat: false, settings: false, leave: false, screenshare: true } },
    };
    const { el } = await mountWithMeeting<RtkControlbar>(
      html`<rtk-controlbar style="inline-size: 1400px" .config=${config}></rtk-controlbar>`,
      { join: true },
    );
    await settle(el);
    const names = barNames(el);
    expect(names).to.include.members([
      'Mic on',
      'Camera on',
      'Share screen',
      'Polls',
      'Participants',
      'More',
    ]);
    expect(names).not.to.include.members(['Chat']);
    expect(names).not.to.include('Leave');
    expect(moreNames(el)).not.to.include('Settings');
    expect(queryDeep(el, 'rtk-chat-toggle')).to.equal(undefined);
    // Config can only remove: the preset still decides what a participant may not do.
    el.config = { controlBar: { elements: { recording: true } } };
    await settle(el);
    expect(barNames(el)).to.include.members(['Chat', 'Leave']);
  });

  it('shows its children instead of the defaults, and nothing with disableRender', async () => {
    const { el } = await mountWithMeeting<RtkControlbar>(
      html`<rtk-controlbar><rtk-leave-button></rtk-leave-button></rtk-controlbar>`,
      { join: true },
    );
    await settle(el);
    expect(barNames(el)).to.deep.equal(['Leave']);
    const { el: empty } = await mountWithMeeting<RtkControlbar>(
      html`<rtk-controlbar disable-render></rtk-controlbar>`,
      {
        join: true,
      },
    );
    await settle(empty);
    expect(barNames(empty)).to.deep.equal([]);
  });

  it('moves focus between controls with the arrow keys, Home and End', async () => {
    const { el } = await mountWithMeeting<RtkControlbar>(
      html`<rtk-controlbar size="sm"></rtk-controlbar>`,
      { join: true },
    );
    await settle(el);
    const focused = () => nameOf(deepActiveElement()!);
    (el.shadowRoot!.querySelector('rtk-mic-toggle') as HTMLElement).focus();
    expect(focused()).to.equal('Mic on');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal('Camera on');
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal('Leave');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal('Mic on');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused()).to.equal('Leave');
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal('Mic on');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Camera on');
  });

  it('toggles the microphone with Ctrl+D and the camera with Ctrl+E', async () => {
    const { el, meeting } = await bar('host');
    document.body.focus();
    await ctrl('d');
    await until(() => !meeting.self.audioEnabled, 'Ctrl+D did not mute');
    await ctrl('e');
    await until(() => !meeting.self.videoEnabled, 'Ctrl+E did not stop the camera');
    await settle(el);
    await ctrl('d');
    await until(() => meeting.self.audioEnabled, 'Ctrl+D did not unmute');
  });

  it('does not fire shortcuts while typing, even inside a shadow root', async () => {
    const { el, meeting } = await bar('host');
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<textarea aria-label="Message"></textarea><div contenteditable="true" aria-label="Note"></div>';
    try {
      root.querySelector('textarea')!.focus();
      await ctrl('d');
      (root.querySelector('[contenteditable]') as HTMLElement).focus();
      await ctrl('e');
      await settle(el);
      expect(meeting.self.audioEnabled).to.equal(true);
      expect(meeting.self.videoEnabled).to.equal(true);
    } finally {
      host.remove();
    }
  });

  it('does not fire shortcuts before the meeting is joined', async () => {
    const { el, meeting } = await mountWithMeeting<RtkControlbar>(
      html`<rtk-controlbar></rtk-controlbar>`,
    );
    await settle(el);
    const before = meeting.self.audioEnabled;
    document.body.focus();
    await ctrl('d');
    await settle(el);
    expect(meeting.self.audioEnabled).to.equal(before);
  });

  it('renders an empty toolbar for a half-shaped meeting', async () => {
    const { el } = await mountWithMeeting<RtkControlbar>(
      html`<rtk-controlbar .meeting=${{} as never}></rtk-controlbar>`,
    );
    await settle(el);
    expect(barNames(el)).to.deep.equal([]);
  });

  it('a host finds "Mute all" in More, loaded once More is pointed at or focused; it asks first', async () => {
    const { el } = await bar('host');
    const more = queryDeep(el, 'rtk-more-toggle')!;
    const trigger = queryDeep<HTMLButtonElement>(more, 'button')!;
    trigger.focus();
    await until(
      () => moreNames(el).includes('Mute all'),
      () => `More: ${moreNames(el).join(', ')}`,
    );
    expect(moreNames(el)[0]).to.equal('Mute all');
    const asked = new Promise<unknown>((resolve) =>
      el.addEventListener('rtkStateUpdate', (e) => {
        const detail = (e as CustomEvent<Record<string, unknown>>).detail;
        if ('activeMuteAllConfirmation' in detail) resolve(detail);
      }),
    );
    await sendKeys({ press: 'Enter' });
    await until(() => nameOf(deepActiveElement()!) === 'Mute all', 'menu not open on Mute all');
    await sendKeys({ press: 'Enter' });
    expect(await asked).to.deep.equal({ activeMuteAllConfirmation: true });
  });

  it('a participant has no "Mute all" in More, and finds picture in picture there', async () => {
    const { el } = await bar('participant');
    queryDeep<HTMLButtonElement>(queryDeep(el, 'rtk-more-toggle')!, 'button')!.focus();
    await until(() => customElements.get('rtk-mute-all-button'), 'not loaded');
    await until(
      () => moreNames(el).includes('Picture in picture'),
      () => `More: ${moreNames(el).join(', ')}`,
    );
    expect(moreNames(el)).not.to.include('Mute all');
    expect(moreNames(el)).to.include('Settings');
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkControlbar>(
      html`<rtk-controlbar .meeting=${meeting}></rtk-controlbar>`,
    );
    await settle(el);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
