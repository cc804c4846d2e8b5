/**
 * The thin bar above the demo meeting: what the scripted host is about to do (with a button to do
 * it now), and "Try" links to the page's query options, in a disclosure that is closed at first.
 * It takes its own line above the meeting (never over it); `?tips=0` leaves it out.
 */
import type { ScriptedHost } from './scripted-host.js';

/** [query, what it shows]: each link opens the demo with just that option. */
const TRIES: [string, string][] = [
  ['people=9', '9 people'],
  ['people=25', '25 people, paged grid'],
  ['preset=participant', 'as a participant, no host controls'],
  ['preset=webinar-host', 'host a webinar'],
  ['preset=webinar-viewer', 'watch a webinar, ask to join the stage'],
  ['preset=livestream-viewer', 'watch a livestream'],
  ['preset=livestream-host', 'go live'],
  ['preset=audio-room', 'audio room'],
  ['waitingRoom=1', 'knock at the waiting room'],
  ['scenario=webinar', '2,000 viewers, requests and knocks'],
  ['lang=de', 'German'],
  ['lang=ar', 'Arabic, right to left'],
  ['lang=ja', 'Japanese'],
  ['lang=he', 'Hebrew, right to left'],
  ['theme=light', 'light theme'],
  ['lively=0', 'a still room'],
];

const STATUS: Record<'admit' | 'stream', { text: string; button: string }> = {
  admit: {
    text: 'Demo: a scripted host admits you in a few seconds.',
    button: 'Let me in now',
  },
  stream: {
    text: 'Demo: a scripted host starts the stream in a few seconds.',
    button: 'Start the stream now',
  },
};

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Fills `bar` (an empty `<aside>` of the page) and returns `update()`, to call when the host changes. */
export function renderDemoBar(bar: HTMLElement, host?: ScriptedHost): () => void {
  const statusText = element('span');
  const statusButton = element('button', { type: 'button', className: 'demo-now' });
  statusButton.hidden = true;
  statusButton.addEventListener('click', () => host?.now());
  const status = element('p', { className: 'demo-status' }, statusText);
  status.setAttribute('role', 'status');

  const current = new URLSearchParams(location.search).toString();
  const links = TRIES.map(([query, label]) => {
    const link = element('a', { href: `?${query}` }, element('code', {}, `?${query}`), ` ${label}`);
    if (query === current) link.setAttribute('aria-current', 'page');
    return element('li', {}, link);
  });
  const api = element('a', { href: './api/' }, 'API reference');
  const tips = element(
    'details',
    { className: 'demo-tips' },
    element('summary', {}, 'Demo: try other rooms'),
    element('ul', { className: 'demo-tries' }, ...links),
    element(
      'p',
      { className: 'demo-more' },
      'Options combine (',
      element('code', {}, '?people=9&preset=participant&lang=de'),
      '). In the console, ',
      element('code', {}, 'demo.director'),
      ' scripts the room: ',
      element('code', {}, 'demo.director.addPerson()'),
      '. ',
      api,
      '.',
    ),
  );
  bar.replaceChildren(tips, status, statusButton);
  bar.hidden = false;

  const update = () => {
    const pending = host?.pending;
    statusText.textContent = pending ? STATUS[pending].text : '';
    statusButton.textContent = pending ? STATUS[pending].button : '';
    statusButton.hidden = !pending;
  };
  update();
  return update;
}
