/**
 * A live video feed for the demo's livestream, made in the page: a canvas (the host's "stage", with
 * a clock so you can see it is live) recorded with `MediaRecorder` and fed, chunk by chunk, to a
 * `MediaSource`. Its object URL plays in a `<video>` like a live stream, so the kit's livestream
 * player shows a picture without a streaming server. While no player is attached, nothing is
 * drawn or recorded.
 *
 * A `MediaSource` URL plays in one `<video>` once. When the player lets it go (it stops, retries,
 * or leaves the page), the feed makes a new one and calls `onNewUrl` with it, so the stream's
 * `playbackUrl` can follow for the next player.
 *
 * Returns `undefined` where the browser cannot record or play WebM (the demo's default stream URL,
 * which never loads, is used then).
 */

const TYPE = 'video/webm;codecs=vp8';
const WIDTH = 640;
const HEIGHT = 360;
const FPS = 15;

export interface LiveFeed {
  /** The `blob:` URL to play now (it changes after each player is done with it). */
  readonly url: string;
  /** Stops drawing and recording. */
  stop(): void;
}

export function createLiveFeed(
  title: string,
  onNewUrl: (url: string, previous: string) => void = () => {},
): LiveFeed | undefined {
  if (
    typeof MediaSource === 'undefined' ||
    typeof MediaRecorder === 'undefined' ||
    !MediaSource.isTypeSupported(TYPE) ||
    !MediaRecorder.isTypeSupported(TYPE)
  )
    return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const context = canvas.getContext('2d');
  if (!context || !canvas.captureStream) return undefined;
  const stream = canvas.captureStream(FPS);
  let recorder: MediaRecorder | undefined;
  let drawing: ReturnType<typeof setInterval> | undefined;
  let stopped = false;
  const started = Date.now();

  const draw = () => {
    const t = (Date.now() - started) / 1000;
    const sky = context.createLinearGradient(0, 0, WIDTH, HEIGHT);
    sky.addColorStop(0, '#1e1b4b');
    sky.addColorStop(1, '#0f766e');
    context.fillStyle = sky;
    context.fillRect(0, 0, WIDTH, HEIGHT);
    // The host: a head and shoulders that sway a little, as a person talking does.
    const x = WIDTH / 2 + Math.sin(t * 0.8) * 12;
    context.fillStyle = '#c7d2fe';
    context.beginPath();
    context.arc(x, 150, 46, 0, Math.PI * 2);
    context.fill();
    context.beginPath();
    context.ellipse(x, 290, 110, 80, 0, Math.PI, 0);
    context.fill();
    context.fillStyle = '#dc2626';
    context.fillRect(16, 16, 58, 26);
    context.fillStyle = '#fff';
    context.font = 'bold 16px system-ui, sans-serif';
    context.textBaseline = 'middle';
    context.fillText('LIVE', 26, 30);
    context.font = '18px system-ui, sans-serif';
    context.fillText(title, 88, 30);
    context.textAlign = 'end';
    context.fillText(new Date().toLocaleTimeString(), WIDTH - 16, 30);
    context.textAlign = 'start';
  };

  const pause = () => {
    if (recorder?.state === 'recording') recorder.stop();
    recorder = undefined;
    clearInterval(drawing);
    drawing = undefined;
  };

  /** A new MediaSource and its URL: feeds the first player that attaches it. */
  const open = (): string => {
    const source = new MediaSource();
    const url = URL.createObjectURL(source);
    source.addEventListener('sourceopen', () => {
      const buffer = source.addSourceBuffer(TYPE);
      const queue: ArrayBuffer[] = [];
      const pump = () => {
        if (buffer.updating || source.readyState !== 'open') return;
        const { buffered } = buffer;
        // Keep about half a minute behind the live edge, not the whole session.
        if (buffered.length && buffered.end(0) - buffered.start(0) > 60) {
          buffer.remove(buffered.start(0), buffered.end(0) - 30);
          return;
        }
        const next = queue.shift();
        if (next) buffer.appendBuffer(next);
      };
      buffer.addEventListener('updateend', pump);
      pause();
      draw();
      drawing = setInterval(draw, 1000 / FPS);
      recorder = new MediaRecorder(stream, { mimeType: TYPE, videoBitsPerSecond: 500_000 });
      recorder.addEventListener('dataavailable', (event) => {
        if (event.data.size === 0) return;
        void event.data.arrayBuffer().then((chunk) => {
          queue.push(chunk);
          pump();
        });
      });
      recorder.start(250);
    });
    source.addEventListener('sourceclose', () => {
      pause();
      URL.revokeObjectURL(url);
      if (stopped || url !== current) return;
      current = open();
      onNewUrl(current, url);
    });
    return url;
  };
  let current = open();

  return {
    get url() {
      return current;
    },
    stop() {
      stopped = true;
      pause();
      URL.revokeObjectURL(current);
      for (const track of stream.getTracks()) track.stop();
    },
  };
}

export async function playsInPlayer(): Promise<void> {
  const { RtkLivestreamPlayer } =
    await import('../src/components/livestream-player/livestream-player.js');
  const attachHls = RtkLivestreamPlayer.attachHls;
  RtkLivestreamPlayer.attachHls = async (video, url, onError) => {
    if (!url.startsWith('blob:')) return attachHls.call(RtkLivestreamPlayer, video, url, onError);
    video.src = url;
    return { destroy: () => video.removeAttribute('src') };
  };
}
