import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/livestream-player/rtk-livestream-player.js';
import { RtkLivestreamPlayer } from '../../src/components/livestream-player/rtk-livestream-player.js';
import type { RtkApiErrorEvent } from '../../src/events/rtk-api-error.js';
import { deepText, mountWithMeeting, totalListeners, watchErrors } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const mount = (preset: 'livestream-viewer' | 'host' = 'livestream-viewer') =>
  mountWithMeeting<RtkLivestreamPlayer>(html`<rtk-livestream-player></rtk-livestream-player>`, {
    join: true,
    preset,
  });

const status = (el: RtkLivestreamPlayer) => el.shadowRoot!.querySelector('[part="status"]');

describe('<rtk-livestream-player>', () => {
  const original = RtkLivestreamPlayer.attachHls;
  afterEach(() => {
    RtkLivestreamPlayer.attachHls = original;
  });

  it('says where the stream is: idle, starting, waiting, ending', async () => {
    const { el, meeting } = await mount();
    expect(deepText(el)).to.equal('The livestream has not started yet.');
    expect(status(el)!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    const livestream = meeting.livestream!;
    // The states as the meeting announces them.
    for (const [state, text] of [
      ['STARTING', 'The livestream is starting…'],
      ['WAITING_ON_MANUAL_INGESTION', 'Waiting for the stream to arrive…'],
      ['STOPPING', 'The livestream is ending…'],
      ['IDLE', 'The livestream has not started yet.'],
    ] as const) {
      (livestream as unknown as { state: string }).state = state;
      (livestream as unknown as { emit: (e: string, s: string) => void }).emit(
        'livestreamUpdate',
        state,
      );
      await el.updateComplete;
      expect(deepText(el), state).to.equal(text);
    }
  });

  it('plays the playback URL when live, through hls.js where HLS is not native', async () => {
    const attached: string[] = [];
    let destroyed = 0;
    RtkLivestreamPlayer.attachHls = async (_video, url) => {
      attached.push(url);
      return { destroy: () => destroyed++ };
    };
    // Chromium may play HLS natively, and the demo's URL never loads: the native path would end in
    // a media error at a random moment. Take the hls.js path, which the stub above stands in for.
    const canPlayType = HTMLMediaElement.prototype.canPlayType;
    HTMLMediaElement.prototype.canPlayType = () => '';
    const { el, meeting } = await mount();
    meeting.director.livestream!.start();
    await until(() => el.shadowRoot!.querySelector('video'), 'no video');
    const video = el.shadowRoot!.querySelector('video')!;
    expect(video.getAttribute('aria-label')).to.equal('Livestream');
    expect(deepText(el)).to.equal('Loading the livestream…');
    const url = meeting.livestream!.playbackUrl!;
    await until(() => attached.length > 0 || video.src === url, 'never attached');
    expect(attached).to.deep.equal([url]);
    video.dispatchEvent(new Event('playing'));
    await el.updateComplete;
    expect(status(el)).to.equal(null);
    meeting.director.livestream!.stop();
    await until(() => !el.shadowRoot!.querySelector('video'), 'video stayed');
    expect(deepText(el)).to.equal('The livestream has not started yet.');
    expect(destroyed).to.equal(1);
    HTMLMediaElement.prototype.canPlayType = canPlayType;
  });

  it('shows a playback error with a retry, and fires rtkApiError', async () => {
    let fail: ((message: string) => void) | undefined;
    let attaches = 0;
    RtkLivestreamPlayer.attachHls = async (_video, _url, onError) => {
      attaches++;
      fail = onError;
      return { destroy: () => undefined };
    };
    const native =
      document.createElement('video').canPlayType('application/vnd.apple.mpegurl') !== '';
    const { el, meeting } = await mount();
    let error = oneEvent(el, 'rtkApiError') as Promise<RtkApiErrorEvent>;
    meeting.director.livestream!.start();
    if (!native) {
      await until(() => fail, 'hls.js never attached');
      fail!('networkError: manifestLoadError');
    }
    // Natively, the demo URL (on .invalid) fails on its own.
    expect((await error).detail.trace).to.equal('livestream.playback');
    await el.updateComplete;
    expect(status(el)!.getAttribute('role')).to.equal('alert');
    expect(deepText(el)).to.equal('The livestream could not be played. Try again');
    await expect(el).to.be.accessible();
    error = oneEvent(el, 'rtkApiError') as Promise<RtkApiErrorEvent>;
    const retry = el.shadowRoot!.querySelector<HTMLElement>('[part="retry"]')!;
    retry.click();
    if (native) await error;
    else await until(() => attaches === 2, 'no retry');
  });

  it('loads hls.js lazily and reports when it cannot play', async () => {
    const { el, meeting } = await mount();
    const errors = watchErrors();
    meeting.director.livestream!.start();
    // The demo URL never loads: native or hls.js, the error ends up on screen.
    await until(() => deepText(el).includes('could not be played'), 'no error shown');
    errors.stop();
    expect(errors.errors).to.deep.equal([]);
  });

  it('is hidden without a livestream module and leaves no listener', async () => {
    const { el, meeting } = await mount('host');
    expect(el.hidden).to.equal(true);
    expect(deepText(el)).to.equal('');
    const viewer = await mount();
    const before = totalListeners(viewer.meeting);
    viewer.el.remove();
    expect(totalListeners(viewer.meeting)).to.be.below(before);
    expect(meeting.livestream).to.equal(undefined);
  });
});
