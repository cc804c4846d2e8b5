import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/background-effects/rtk-background-effects.js';
import type { RtkBackgroundEffects } from '../../src/components/background-effects/rtk-background-effects.js';
import { CHOICE_KEY } from '../../src/effects/background-choice.js';
import {
  releaseSegmenter,
  segmentationStats,
  segmentationWorkers,
  segmenterRunning,
} from '../../src/effects/background.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import { deepText, demoMeeting, mountWithMeeting, totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

type DemoSelf = {
  videoTrack: MediaStreamTrack;
  rawVideoTrack: MediaStreamTrack;
  videoMiddlewares: unknown[];
};

function radio(el: RtkBackgroundEffects, name: string): HTMLInputElement {
  const label = [...el.shadowRoot!.querySelectorAll('label')].find(
    (l) => l.querySelector('.name')?.textContent?.trim() === name,
  );
  if (!label) throw new Error(`no choice named ${name}`);
  return label.querySelector('input')!;
}

/** A pixel of the processed track, read through a <video>. */
async function framePixel(track: MediaStreamTrack, x: number, y: number): Promise<number[]> {
  const video = document.createElement('video');
  video.muted = true;
  video.srcObject = new MediaStream([track]);
  await video.play();
  await until(() => video.videoWidth > 0, 'the processed track shows no frame');
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const g = canvas.getContext('2d', { willReadFrequently: true })!;
  g.drawImage(video, 0, 0);
  video.srcObject = null;
  return [
    ...g.getImageData(Math.round(x * canvas.width), Math.round(y * canvas.height), 1, 1).data,
  ];
}

describe('<rtk-background-effects>', () => {
  failOnConsoleErrors();
  // The kit's colours are light on dark: the page behind them is dark, as in a meeting.
  before(() => (document.body.style.background = '#1a1a1a'));
  after(() => (document.body.style.background = ''));
  beforeEach(() => localStorage.removeItem(CHOICE_KEY));
  afterEach(() => releaseSegmenter());

  it('offers no effect, two blurs, three pictures and an upload, as named radios', async () => {
    const { el } = await mountWithMeeting<RtkBackgroundEffects>(
      html`<rtk-background-effects></rtk-background-effects>`,
    );
    await el.updateComplete;
    const names = [...el.shadowRoot!.querySelectorAll('label')].map((l) =>
      l.querySelector('.name')?.textContent?.trim(),
    );
    expect(names).to.deep.equal([
      'No effect',
      'Light blur',
      'Strong blur',
      'Dawn',
      'Studio',
      'Forest',
      'Upload your own',
    ]);
    expect(radio(el, 'No effect').checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('input[type=file]')!.getAttribute('accept')).to.equal(
      'image/*',
    );
    await expect(el).to.be.accessible();
  });

  it('blurs behind the person with a real segmentation, and off restores the camera track', async () => {
    const { el, meeting } = await mountWithMeeting<RtkBackgroundEffects>(
      html`<rtk-background-effects></rtk-background-effects>`,
    );
    await meeting.self.enableVideo();
    const self = meeting.self as unknown as DemoSelf;
    const raw = self.rawVideoTrack;
    expect(self.videoTrack).to.equal(raw);
    radio(el, 'Strong blur').click();
    await el.updateComplete;
    expect(deepText(el)).to.contain('Loading the background effect…');
    await until(() => self.videoMiddlewares.length === 1, 'the effect never loaded', {
      timeout: 30_000,
    });
    await until(() => !el.shadowRoot!.querySelector('[role=status]'), 'still loading');
    expect(radio(el, 'Strong blur').checked).to.equal(true);
    expect(self.videoMiddlewares).to.have.length(1);
    expect(self.videoTrack).to.not.equal(raw);
    expect(segmenterRunning()).to.equal(true);
    // Segmenting in a worker of the kit's files: the page's thread only draws.
    expect(segmentationStats().where).to.equal('worker');
    expect(segmentationWorkers()).to.equal(1);
    expect(localStorage.getItem(CHOICE_KEY)).to.equal('blur-strong');
    // The window's edge (top right) is sharp in the camera and soft behind the person.
    const processed = self.videoTrack;
    const edge = async (track: MediaStreamTrack) => {
      const [a, b] = [await framePixel(track, 0.69, 0.3), await framePixel(track, 0.75, 0.3)];
      return Math.abs(a[2]! - b[2]!) + Math.abs(a[0]! - b[0]!);
    };
    const sharp = await edge(raw);
    expect(sharp).to.be.greaterThan(60);
    await until(async () => (await edge(processed)) < sharp / 2, 'the background never blurred', {
      timeout: 20_000,
    });
    radio(el, 'No effect').click();
    await until(() => self.videoMiddlewares.length === 0, 'the effect was never removed');
    expect(self.videoTrack).to.equal(raw);
    expect(raw.readyState).to.equal('live');
    expect(processed.readyState).to.equal('ended');
    expect(segmenterRunning()).to.equal(false);
    expect(segmentationWorkers()).to.equal(0);
    expect(localStorage.getItem(CHOICE_KEY)).to.equal('off');
  });

  it('cuts the person out: a picture behind them, the person as the camera shows them', async () => {
    const { el, meeting } = await mountWithMeeting<RtkBackgroundEffects>(
      html`<rtk-background-effects></rtk-background-effects>`,
    );
    await meeting.self.enableVideo();
    const self = meeting.self as unknown as DemoSelf;
    const raw = self.rawVideoTrack;
    await el.choose('image:studio');
    const processed = self.videoTrack;
    const near = (a: number[], b: number[], by: number) =>
      Math.abs(a[0]! - b[0]!) + Math.abs(a[1]! - b[1]!) + Math.abs(a[2]! - b[2]!) <= by;
    // The studio's wall (top left) where the camera shows its room; the person's jumper (bottom
    // middle) as the camera shows it.
    const wall = [231, 224, 212];
    await until(
      async () =>
        segmentationStats().masks >= 2 && near(await framePixel(processed, 0.05, 0.1), wall, 30),
      'the picture never came behind the person',
      { timeout: 40_000 },
    );
    expect(near(await framePixel(raw, 0.05, 0.1), wall, 30)).to.equal(false);
    const jumper = await framePixel(raw, 0.5, 0.9);
    expect(near(await framePixel(processed, 0.5, 0.9), jumper, 40)).to.equal(true);
    await el.choose('off');
  });

  it('masks keep coming from the worker, one frame sent at a time (none queued)', async () => {
    const { el, meeting } = await mountWithMeeting<RtkBackgroundEffects>(
      html`<rtk-background-effects></rtk-background-effects>`,
    );
    await meeting.self.enableVideo();
    // Counts the frames sent to the worker and the masks that come back.
    let sent = 0;
    let back = 0;
    let most = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
      if ((args[0] as { type?: string })?.type === 'frame') {
        sent++;
        most = Math.max(most, sent - back);
        if (!this.onmessage) throw new Error('no listener');
        const listen = this.onmessage;
        this.onmessage = (event: MessageEvent) => {
          if ((event.data as { type?: string }).type === 'mask') back++;
          this.onmessage = listen;
          listen.call(this, event);
        };
      }
      return (post as (...a: unknown[]) => void).apply(this, args);
    } as typeof post;
    try {
      await el.choose('blur-light');
      await until(() => segmentationStats().masks >= 3, 'the worker sent no masks', {
        timeout: 40_000,
      });
      expect(segmentationStats().where).to.equal('worker');
      // Never more than one frame waits for the worker (none are queued).
      expect(most).to.equal(1);
      expect(back).to.be.at.least(3);
    } finally {
      Worker.prototype.postMessage = post;
    }
    await el.choose('off');
    expect(segmenterRunning()).to.equal(false);
    expect(segmentationWorkers()).to.equal(0);
  });

  it("falls back to the page's thread when the worker cannot start", async () => {
    const { el, meeting } = await mountWithMeeting<RtkBackgroundEffects>(
      html`<rtk-background-effects></rtk-background-effects>`,
    );
    await meeting.self.enableVideo();
    const saved = window.Worker;
    // The worker's file is missing (a host that did not copy it): its script fails to load.
    window.Worker = class extends saved {
      constructor() {
        super(new URL('/no-such-segmentation-worker.js', location.href));
      }
    };
    try {
      await el.choose('blur-light');
      expect(el.choice).to.equal('blur-light');
      expect(segmentationStats().where).to.equal('page');
      expect(segmentationWorkers()).to.equal(0);
      expect(deepText(el)).to.not.contain('not available');
    } finally {
      window.Worker = saved;
    }
    await el.choose('off');
    expect(segmenterRunning()).to.equal(false);
  });

  it("segments on the page's thread where no worker can, and still blurs", async () => {
    const { el, meeting } = await mountWithMeeting<RtkBackgroundEffects>(
      html`<rtk-background-effects></rtk-background-effects>`,
    );
    await meeting.self.enableVideo();
    const self = meeting.self as unknown as DemoSelf;
    const saved = window.Worker;
    // A browser without workers.
    (window as { Worker?: unknown }).Worker = undefined;
    try {
      await el.choose('blur-strong');
      expect(el.choice).to.equal('blur-strong');
      expect(self.videoMiddlewares).to.have.length(1);
      expect(segmentationStats().where).to.equal('page');
      await until(() => segmentationStats().masks >= 1, "no mask on the page's thread", {
        timeout: 40_000,
      });
      expect(segmentationWorkers()).to.equal(0);
    } finally {
      window.Worker = saved;
    }
    await el.choose('off');
    expect(segmenterRunning()).to.equal(false);
  });

  it('fetches nothing from another origin while an effect is on', async () => {
    performance.clearResourceTimings();
    const { el, meeting } = await mountWithMeeting<RtkBackgroundEffects>(
      html`<rtk-background-effects></rtk-background-effects>`,
    );
    await meeting.self.enableVideo();
    el.addEventListener('rtkNotification', (e) => {
      throw new Error((e as RtkNotificationEvent).detail.message);
    });
    await el.choose('image:studio');
    expect(el.choice).to.equal('image:studio');
    // The page fetches the kit's worker; the worker fetches the segmentation's files (in its own
    // timeline: those are checked through Chromium's network events in effects-offline.test.mjs).
    const entries = performance.getEntriesByType('resource').map((e) => e.name);
    expect(entries.some((name) => name.includes('segmentation-worker'))).to.equal(true);
    expect(entries.filter((name) => new URL(name).origin !== location.origin)).to.deep.equal([]);
    await el.choose('off');
  });

  it('shows a notice and keeps no effect when the meeting refuses the middleware', async () => {
    const { el, meeting } = await mountWithMeeting<RtkBackgroundEffects>(
      html`<rtk-background-effects></rtk-background-effects>`,
    );
    meeting.director.failNextCall(meeting.self, 'addVideoMiddleware');
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    radio(el, 'Light blur').click();
    const { detail } = await notified;
    expect(detail.message).to.contain('Background effect');
    await until(() => radio(el, 'No effect').checked, 'the refused effect still shows as chosen');
    expect((meeting.self as unknown as DemoSelf).videoMiddlewares).to.have.length(0);
    expect(localStorage.getItem(CHOICE_KEY)).to.equal(null);
  });

  it('disables the choices with the reason where the browser has no WebGL 2', async () => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      kind: string,
      ...rest: unknown[]
    ) {
      return kind === 'webgl2'
        ? null
        : (original as (...a: unknown[]) => unknown).call(this, kind, ...rest);
    } as typeof original;
    try {
      const { el } = await mountWithMeeting<RtkBackgroundEffects>(
        html`<rtk-background-effects></rtk-background-effects>`,
      );
      await el.updateComplete;
      const fieldset = el.shadowRoot!.querySelector('fieldset')!;
      expect(fieldset.disabled).to.equal(true);
      expect(deepText(el)).to.contain(
        'Background effects need WebGL 2, which this browser does not offer.',
      );
      expect(fieldset.getAttribute('aria-describedby')).to.equal('reason');
      await expect(el).to.be.accessible();
    } finally {
      HTMLCanvasElement.prototype.getContext = original;
    }
  });

  it('disables the choices with the reason where the browser has no WebAssembly', async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'WebAssembly')!;
    Object.defineProperty(globalThis, 'WebAssembly', { value: undefined, configurable: true });
    try {
      const { el, meeting } = await mountWithMeeting<RtkBackgroundEffects>(
        html`<rtk-background-effects></rtk-background-effects>`,
      );
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('fieldset')!.disabled).to.equal(true);
      expect(deepText(el)).to.contain(
        'Background effects need WebAssembly, which this browser does not offer.',
      );
      await el.choose('blur-light');
      expect(el.choice).to.equal('off');
      expect((meeting.self as unknown as DemoSelf).videoMiddlewares).to.have.length(0);
    } finally {
      Object.defineProperty(globalThis, 'WebAssembly', original);
    }
  });

  it('refuses a file that is not a picture with a notice', async () => {
    const { el } = await mountWithMeeting<RtkBackgroundEffects>(
      html`<rtk-background-effects></rtk-background-effects>`,
    );
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
    const files = new DataTransfer();
    files.items.add(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    input.files = files.files;
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    input.dispatchEvent(new Event('change'));
    const { detail } = await notified;
    expect(detail.message).to.contain('That file is not a picture.');
    expect(el.choice).to.equal('off');
  });

  it('stops segmenting after leaving the meeting', async () => {
    const { el, meeting } = await mountWithMeeting<RtkBackgroundEffects>(
      html`<rtk-background-effects></rtk-background-effects>`,
      { join: true },
    );
    await meeting.self.enableVideo();
    await el.choose('blur-light');
    expect(segmenterRunning()).to.equal(true);
    expect(segmentationWorkers()).to.equal(1);
    await meeting.leave();
    await until(() => !segmenterRunning(), 'the segmenter kept running after leaving');
    expect(segmentationWorkers()).to.equal(0);
  });

  it('shows nothing without a meeting', async () => {
    const el = await fixture<RtkBackgroundEffects>(
      html`<rtk-background-effects></rtk-background-effects>`,
    );
    expect(deepText(el)).to.equal('');
  });

  it('works with only .meeting, and leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-background-effects');
    el.meeting = meeting;
    document.body.append(el);
    await el.updateComplete;
    expect(deepText(el)).to.contain('Strong blur');
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
