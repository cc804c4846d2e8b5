import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/debugger/rtk-debugger.js';
import '../../src/components/network-indicator/rtk-network-indicator.js';
import '../../src/components/notifications/rtk-notifications.js';
import '../../src/components/setup-screen/rtk-setup-screen.js';
import type { RtkDebugger } from '../../src/components/debugger/rtk-debugger.js';
import type { RtkDebuggerVideo } from '../../src/components/debugger-video/rtk-debugger-video.js';
import type { RtkNetworkIndicator } from '../../src/components/network-indicator/rtk-network-indicator.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import {
  buttonByName,
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

/** The card of `who` in a tab, and its text. */
function card(tab: Element, who: 'self' | 'peer'): HTMLElement {
  return tab.shadowRoot!.querySelector<HTMLElement>(`[data-who="${who}"]`)!;
}

/** Counts the Lit updates of `elements` from now on. */
function countUpdates(...elements: Element[]): () => number {
  let count = 0;
  for (const el of elements) {
    const target = el as unknown as { update: (changed: unknown) => void };
    const original = target.update.bind(target);
    target.update = (changed) => {
      count++;
      original(changed);
    };
  }
  return () => count;
}

async function joinedMeeting(people = 2): Promise<DemoMeeting> {
  return demoMeeting({ people, audio: true, video: true, join: true });
}

describe('<rtk-debugger> and its tabs', () => {
  failOnConsoleErrors();

  it('gives verdicts in words that follow the figures, for you and the chosen participant', async () => {
    const meeting = await joinedMeeting();
    const [ada] = meeting.director.people;
    meeting.director.setVideo(ada.id, true);
    const el = document.createElement('rtk-debugger-video') as RtkDebuggerVideo;
    el.meeting = meeting;
    document.body.append(el);
    await rendered(el);
    expect(deepText(card(el, 'self'))).to.contain('No figures yet');

    meeting.director.setNetworkQuality('self', 'good', { kind: 'video' });
    await until(() => deepText(card(el, 'self')).includes('others see you sharply'));
    expect(deepText(card(el, 'self'))).to.contain('1,280 × 720');

    meeting.director.setNetworkQuality('self', 'weak', { kind: 'video' });
    await until(() => deepText(card(el, 'self')).includes('others may see you blurry'));
    expect(deepText(card(el, 'self'))).to.contain('Many packets are lost');
    expect(deepText(card(el, 'self'))).to.contain('Your network limits the video quality');

    meeting.director.setNetworkQuality('self', 'poor', { kind: 'video' });
    await until(() => deepText(card(el, 'self')).includes('your video may freeze for others'));
    expect(card(el, 'self').querySelector('.verdict')!.classList.contains('poor')).to.equal(true);

    meeting.director.setNetworkQuality(ada.id, 'weak', { kind: 'video' });
    await until(() => deepText(card(el, 'peer')).includes(`${ada.name} reaches you weakly`));
    expect(deepText(card(el, 'peer'))).to.contain(`${ada.name} (what you receive)`);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('writes figures and draws the charts without rendering the panel tree again', async () => {
    const meeting = await joinedMeeting();
    const { el } = await mountWithMeeting<RtkDebugger>(html`<rtk-debugger></rtk-debugger>`, {
      people: 2,
    });
    el.meeting = meeting;
    await rendered(el);
    const tab = el.shadowRoot!.querySelector('rtk-debugger-audio')!;
    meeting.director.setNetworkQuality('self', 9, { kind: 'audio' });
    await until(() => deepText(card(tab, 'self')).includes('others hear you clearly'));
    await rendered(el);
    const updates = countUpdates(el, tab);
    const chart = card(tab, 'self').querySelector('canvas[data-chart="score"]')!;
    expect(chart.getAttribute('aria-label')).to.contain('1 reading');
    const score = card(tab, 'self').querySelector('[data-figure="score"]')!;

    for (const value of [10, 8, 7])
      meeting.director.setNetworkQuality('self', value, { kind: 'audio' });
    expect(chart.getAttribute('aria-label')).to.contain(
      '4 readings, latest 7 of 10, lowest 7 of 10',
    );
    expect(score.textContent).to.equal('7 of 10');
    const pixels = (chart as HTMLCanvasElement)
      .getContext('2d')!
      .getImageData(0, 0, (chart as HTMLCanvasElement).width, (chart as HTMLCanvasElement).height)
      .data.some((v) => v !== 0);
    expect(pixels, 'the sparkline is drawn').to.equal(true);
    await rendered(el);
    expect(updates(), 'Lit updates while readings kept their verdict').to.equal(0);

    // A reading with another verdict renders the tab once.
    meeting.director.setNetworkQuality('self', 'poor', { kind: 'audio' });
    await until(() => deepText(card(tab, 'self')).includes('others may not hear you'));
    expect(updates()).to.be.greaterThan(0);
  });

  it('downloads a report with the figures and verdicts, names but no ids', async () => {
    const meeting = await joinedMeeting();
    const [ada] = meeting.director.people;
    const el = await fixture<RtkDebugger>(html`<rtk-debugger .meeting=${meeting}></rtk-debugger>`);
    meeting.director.setNetworkQuality('self', 'weak');
    meeting.director.setNetworkQuality(ada.id, 'good', { kind: 'audio' });
    let blob: Blob | undefined;
    const { createObjectURL } = URL;
    URL.createObjectURL = (b: Blob) => ((blob = b), 'blob:report');
    try {
      buttonByName(el, 'Download report')!.click();
    } finally {
      URL.createObjectURL = createObjectURL;
    }
    await rendered(el);
    expect(deepText(el)).to.contain('Report downloaded.');
    const text = await blob!.text();
    const report = JSON.parse(text);
    expect(report.report).to.equal('call-diagnostics');
    expect(report.you.name).to.equal(meeting.self.name);
    expect(report.you.streams.video.quality).to.equal('weak');
    expect(report.you.streams.video.verdict).to.contain('others may see you blurry');
    expect(report.you.streams.video.lastMinute[0].bitrateKbps).to.be.within(300, 700);
    expect(report.participants.map((p: { name: string }) => p.name)).to.deep.equal([ada.name]);
    expect(report.system.connection.signalling).to.equal('connected');
    for (const secret of [meeting.self.id, meeting.self.userId, ada.id, meeting.meta.meetingId])
      expect(text).not.to.contain(secret);
  });

  it('copies the diagnostics, and says so when the clipboard is refused or missing', async () => {
    const meeting = await joinedMeeting();
    const el = await fixture<RtkDebugger>(html`<rtk-debugger .meeting=${meeting}></rtk-debugger>`);
    meeting.director.setNetworkQuality('self', 'good', { kind: 'audio' });
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    const notices: string[] = [];
    el.addEventListener('rtkNotification', (e) => notices.push(e.detail.message));
    let copied = '';
    try {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void (copied = text) },
      });
      await el.copy();
      await rendered(el);
      expect(copied).to.contain('Call diagnostics');
      expect(copied).to.contain('audio: score 9/10');
      expect(deepText(el)).to.contain('Diagnostics copied.');
      expect(notices).to.deep.equal([]);

      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      await el.copy();
      await rendered(el);
      expect(deepText(el)).to.contain('The browser did not allow copying');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      await el.copy();
      expect(notices.length).to.equal(2);
    } finally {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
    const { createObjectURL } = URL;
    (URL as { createObjectURL?: unknown }).createObjectURL = undefined;
    try {
      el.download();
    } finally {
      URL.createObjectURL = createObjectURL;
    }
    await rendered(el);
    expect(deepText(el)).to.contain('could not be downloaded');
  });

  it('switches tabs with the arrow keys and compares with the participant picked', async () => {
    const meeting = await joinedMeeting(3);
    const [, bo] = meeting.director.people;
    const el = await fixture<RtkDebugger>(html`<rtk-debugger .meeting=${meeting}></rtk-debugger>`);
    await rendered(el);
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = bo.id;
    select.dispatchEvent(new Event('change'));
    await until(() => deepText(el).includes(`${bo.name} (what you receive)`));
    const audioTab = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-section="audio"]')!;
    audioTab.focus();
    audioTab.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await rendered(el);
    const system = el.shadowRoot!.querySelector('rtk-debugger-system')!;
    expect(system).to.exist;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-section')).to.equal('system');
    expect(deepText(system)).to.contain('Everything is connected.');
    meeting.director.failMedia();
    await until(() => deepText(system).includes('Something is not connected'));
    expect(deepText(system)).to.contain('Failed');
    meeting.director.restoreMedia();
  });

  it('renders an empty state with a missing or half-shaped meeting and never throws', async () => {
    const empty = await fixture<RtkDebugger>(html`<rtk-debugger></rtk-debugger>`);
    expect(deepText(empty)).to.equal('');
    const half = { self: { id: 'me', name: 'Me' } } as unknown as DemoMeeting;
    const el = await fixture<RtkDebugger>(html`<rtk-debugger .meeting=${half}></rtk-debugger>`);
    await rendered(el);
    expect(deepText(el)).to.contain('Nobody else is in the meeting yet.');
    buttonByName(el, 'System')!.click();
    await rendered(el);
    expect(deepText(el)).to.contain('Meeting server');
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await joinedMeeting();
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-debugger') as RtkDebugger;
    el.meeting = meeting;
    document.body.append(el);
    await rendered(el);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});

describe('call warnings', () => {
  failOnConsoleErrors();

  it('a poor network shows the notice, the tile indicator and the verdict together', async () => {
    const meeting = await joinedMeeting();
    const box = await fixture<HTMLElement>(html`<div>
      <rtk-notifications .meeting=${meeting}></rtk-notifications>
      <rtk-network-indicator .meeting=${meeting} .participant=${meeting.self}></rtk-network-indicator>
      <rtk-debugger-video .meeting=${meeting}></rtk-debugger-video>
    </div>`);
    const indicator = box.querySelector<RtkNetworkIndicator>('rtk-network-indicator')!;
    const poorNotices: string[] = [];
    box.addEventListener('rtkNotification', (e) => {
      if (e.detail.message.includes('Your connection is poor')) poorNotices.push(e.detail.id);
    });
    const tab = box.querySelector('rtk-debugger-video')!;
    meeting.director.setNetworkQuality('self', 'poor');
    await until(() => deepText(box).includes('Your connection is poor'));
    expect(indicator.quality).to.equal('poor');
    expect(
      indicator.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label'),
    ).to.equal('Poor connection');
    await until(() => deepText(card(tab, 'self')).includes('your video may freeze for others'));
    // The notice does not come back at every reading.
    expect(poorNotices.length).to.equal(1);
    meeting.director.setNetworkQuality('self', 'poor');
    await rendered(box.querySelector('rtk-notifications')!);
    expect(poorNotices.length).to.equal(1);
    // Details opens the call diagnostics.
    const states: unknown[] = [];
    box.addEventListener('rtkStateUpdate', (e) => states.push(e.detail));
    buttonByName(box, 'Details')!.click();
    expect(states).to.deep.include({ activeDebugger: true });
  });

  it('"You are muted" when the muted microphone hears speech; Unmute turns it on', async () => {
    const meeting = await joinedMeeting();
    const box = await fixture<HTMLElement>(
      html`<div><rtk-notifications .meeting=${meeting}></rtk-notifications></div>`,
    );
    // The microphone is open (the self tile reads it), then muted: the track is kept, disabled.
    void meeting.self.audioTrack;
    await meeting.self.disableAudio();
    expect(meeting.self.rawAudioTrack.readyState).to.equal('live');
    // Give the watcher a moment to load, then talk into the muted microphone.
    await until(() => {
      meeting.director.speak('self', 1500);
      return deepText(box).includes('You are muted');
    }, 'no muted-speech hint');
    buttonByName(box, 'Unmute')!.click();
    await until(() => meeting.self.audioEnabled, 'not unmuted');
  });

  it('no hint while unmuted, nor when the microphone was released', async () => {
    const meeting = await demoMeeting({ people: 1, join: true });
    const box = await fixture<HTMLElement>(
      html`<div><rtk-notifications .meeting=${meeting}></rtk-notifications></div>`,
    );
    // Muted without the microphone ever being opened: nothing to listen to.
    await meeting.self.disableAudio();
    expect(meeting.self.rawAudioTrack).to.equal(undefined);
    meeting.director.speak('self', 1500);
    await rendered(box.querySelector('rtk-notifications')!);
    expect(deepText(box)).not.to.contain('You are muted');
    const before = totalListeners(meeting);
    box.remove();
    expect(totalListeners(meeting)).to.be.lessThan(before);
  });
});

describe('pre-call check', () => {
  failOnConsoleErrors();

  it('shows the connection and sums up the check in one line before Join', async () => {
    const meeting = await demoMeeting({ people: 1, audio: true, video: true });
    await meeting.self.enableAudio();
    await meeting.self.enableVideo();
    const el = await fixture<HTMLElement>(
      html`<rtk-setup-screen .meeting=${meeting}></rtk-setup-screen>`,
    );
    await rendered(el);
    const check = queryDeep(el, '[part="precall"]')!;
    expect(deepText(check)).to.contain('Connection: connected to the meeting server.');
    expect(deepText(check)).to.contain('Ready to join: microphone on, camera on.');
    await meeting.self.disableVideo();
    await until(() => deepText(check).includes('microphone on, camera off'));
    meeting.director.failNextMedia('audio', 'DENIED');
    await meeting.self.disableAudio();
    await meeting.self.enableAudio().catch(() => undefined);
    await until(() => deepText(check).includes('Check before joining: microphone blocked'));
  });
});
