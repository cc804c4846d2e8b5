import type { AudioMiddleware } from '../../meeting/self.js';

type Node = AudioNode & { destroy?: () => void };

/**
 * Runs audio middlewares on the demo's microphone, as the SDK does: the microphone track goes
 * through each middleware's node in the order they were added (in an AudioContext of its own, at
 * 48 kHz), and the result is `self.audioTrack`; `rawAudioTrack` stays the microphone. The context
 * is closed when the last middleware goes or on leaving, so nothing keeps running.
 */
export class AudioPipeline {
  private readonly nodes = new Map<AudioMiddleware, Node>();
  private context?: AudioContext;
  private output?: MediaStreamAudioDestinationNode;
  private input?: MediaStreamAudioSourceNode;
  private source?: MediaStreamTrack;

  get active(): boolean {
    return this.nodes.size > 0 && Boolean(this.output);
  }

  /** The AudioContext the middlewares run in (while any does). */
  get audioContext(): AudioContext | undefined {
    return this.context;
  }

  has(middleware: AudioMiddleware): boolean {
    return this.nodes.has(middleware);
  }

  /** Builds `middleware`'s node and appends it. Rejects when it fails (nothing is left added). */
  async add(middleware: AudioMiddleware): Promise<void> {
    if (this.nodes.has(middleware)) return;
    this.context ??= new AudioContext({ sampleRate: 48000 });
    const context = this.context;
    void context.resume().catch(() => undefined);
    let node: Node;
    try {
      node = (await middleware(context)) as Node;
    } catch (error) {
      if (!this.nodes.size) this.stop();
      throw error;
    }
    if (!(node instanceof AudioNode)) {
      if (!this.nodes.size) this.stop();
      throw new Error('An audio middleware must resolve to an AudioNode.');
    }
    this.nodes.set(middleware, node);
    this.output ??= context.createMediaStreamDestination();
    this.wire();
  }

  remove(middleware: AudioMiddleware): void {
    const node = this.nodes.get(middleware);
    if (!node) return;
    this.nodes.delete(middleware);
    node.disconnect();
    node.destroy?.();
    if (this.nodes.size) this.wire();
    else this.stop();
  }

  /** The processed track of the microphone `source`. */
  track(source: MediaStreamTrack): MediaStreamTrack {
    const out = this.output?.stream.getAudioTracks()[0];
    if (!out || !this.context) return source;
    if (source !== this.source) {
      this.source = source;
      this.wire();
    }
    return out;
  }

  /** Removes every middleware and closes the context. */
  stop(): void {
    for (const node of this.nodes.values()) {
      node.disconnect();
      node.destroy?.();
    }
    this.nodes.clear();
    this.input?.disconnect();
    this.output?.stream.getTracks().forEach((t) => t.stop());
    void this.context?.close().catch(() => undefined);
    this.context = this.output = this.input = this.source = undefined;
  }

  private wire(): void {
    const { context, output } = this;
    if (!context || !output) return;
    this.input?.disconnect();
    this.input = undefined;
    const chain = [...this.nodes.values()];
    for (const node of chain) node.disconnect();
    if (this.source?.readyState === 'live')
      this.input = context.createMediaStreamSource(new MediaStream([this.source]));
    let previous: AudioNode | undefined = this.input;
    for (const node of chain) {
      previous?.connect(node);
      previous = node;
    }
    previous?.connect(output);
  }
}
