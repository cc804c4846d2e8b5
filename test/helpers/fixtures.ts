import { ContextProvider } from '@lit/context';
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { meetingContext } from '../../src/context/contexts.js';
import {
  createDemoMeeting,
  type DemoMeeting,
  type DemoMeetingOptions,
} from '../../src/demo/index.js';

/** Options of `mountWithMeeting`: the demo meeting's, plus whether to join before mounting. */
export type MountOptions = DemoMeetingOptions & { join?: boolean };

const created: DemoMeeting[] = [];

afterEach(() => {
  for (const meeting of created.splice(0)) meeting.destroy();
});

/** A demo meeting with no latency, destroyed after the test. */
export async function demoMeeting(options: MountOptions = {}): Promise<DemoMeeting> {
  const { join, ...demo } = options;
  const meeting = createDemoMeeting({ latency: 0, ...demo });
  created.push(meeting);
  if (join) await meeting.join();
  return meeting;
}

/**
 * Mounts `template` inside an element that provides a fresh demo meeting through context (as
 * `rtk-meeting` would), optionally joined first. The meeting is destroyed after the test.
 */
export async function mountWithMeeting<T extends Element>(
  template: TemplateResult,
  options: MountOptions = {},
): Promise<{ el: T; meeting: DemoMeeting }> {
  const meeting = await demoMeeting(options);
  const parentNode = document.createElement('div');
  new ContextProvider(parentNode, { context: meetingContext, initialValue: meeting });
  const el = await fixture<T>(template, { parentNode });
  return { el, meeting };
}

/** Every element matching `selector` in `root` and in all shadow roots below it. */
export function queryAllDeep<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...queryAllDeep<T>(el.shadowRoot, selector));
  }
  if (root instanceof Element && root.shadowRoot)
    found.unshift(...queryAllDeep<T>(root.shadowRoot, selector));
  return [...new Set(found)];
}

/** The first element matching `selector` in `root` or any shadow root below it. */
export function queryDeep<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
): T | undefined {
  return queryAllDeep<T>(root, selector)[0];
}

/** The text a person sees in `root`, shadow roots included, whitespace collapsed. */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node instanceof HTMLElement && node.hidden) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The accessible name of a button as the kit sets it: `aria-label`, else its text. */
export function nameOf(el: Element): string {
  return (el.getAttribute('aria-label') ?? deepText(el)).replace(/\s+/g, ' ').trim();
}

/** The first `<button>` below `root` (shadow roots included) whose name matches. */
export function buttonByName(
  root: ParentNode,
  name: string | RegExp,
): HTMLButtonElement | undefined {
  return queryAllDeep<HTMLButtonElement>(root, 'button').find((b) =>
    typeof name === 'string' ? nameOf(b) === name : name.test(nameOf(b)),
  );
}

/** The element (through shadow roots) that has focus now. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

interface Countable {
  totalListenerCount?: () => number;
  eventNames?: () => (string | symbol)[];
  listenerCount?: (event: string | symbol) => number;
}

function listenersOf(emitter: unknown): number {
  if (!emitter || typeof emitter !== 'object') return 0;
  const e = emitter as Countable;
  if (typeof e.totalListenerCount === 'function') return e.totalListenerCount();
  if (typeof e.eventNames === 'function' && typeof e.listenerCount === 'function') {
    return e.eventNames().reduce((sum, name) => sum + e.listenerCount!(name), 0);
  }
  return 0;
}

/**
 * Listeners on every emitter of a demo meeting: self and its permissions, participants and each
 * of its maps, every person (joined or knocking), meta, and each feature module that exists.
 * Leak tests compare it before mounting and after removing a component.
 */
export function totalListeners(meeting: DemoMeeting): number {
  const m = meeting as unknown as Record<string, Record<string, unknown> | undefined>;
  const ps = meeting.participants;
  const emitters: unknown[] = [
    meeting.self,
    meeting.self.permissions,
    meeting.meta,
    ps,
    ps.joined,
    ps.active,
    ps.waitlisted,
    ps.pinned,
    ps.videoSubscribed,
    ps.audioSubscribed,
    ps.all,
    ps.pip,
    ...meeting.director.people,
    ...ps.waitlisted.toArray(),
  ];
  for (const name of [
    'chat',
    'polls',
    'stage',
    'recording',
    'livestream',
    'plugins',
    'ai',
    'connectedMeetings',
  ]) {
    const module = m[name];
    if (!module) continue;
    emitters.push(module);
    if (name === 'plugins') emitters.push(module.all, module.active);
  }
  return [...new Set(emitters)].reduce<number>((sum, e) => sum + listenersOf(e), 0);
}

/** Collects window `error` and `unhandledrejection` events until `stop()`. */
export function watchErrors(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
