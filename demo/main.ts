/**
 * The demo page (`npm start`): a full `<rtk-meeting>` on the in-memory demo meeting.
 *
 * Query options: `people` (remote people, default 5), `preset` (host, participant, webinar-host,
 * webinar-viewer, livestream-host, livestream-viewer, audio-room), `seed`, `name`, `title`,
 * `lively=0` to keep the room still, `waitingRoom=1`, `chatHistory`, `latency` (ms per call),
 * `theme=dark|light|high-contrast|system` and `brand=%23e11d48` (a hex colour) for the look,
 * `lang=ja` (any pack: de, es, fr, it, nl, pl, pt-BR, tr, he, ar, hi, ko, ja, zh-CN) for a language
 * (its pack loaded only then; Arabic and Hebrew lay the meeting out right to left), as if chosen in
 * the language picker (Settings › Language, or on the setup screen), which can change it again.
 * `scenario=webinar`: a 2,000-person webinar (`viewers`, `requestsPerMinute`, `knocksPerMinute`) with a
 * stream of stage requests and waiting-room knocks; you are its host unless `preset` says otherwise.
 * With `authToken=…` the page uses the real SDK instead (loaded only then).
 *
 * A scripted host (`scripted-host.ts`) lets you in from the waiting room and starts the stream a
 * livestream viewer came for, a few seconds after (`scriptedHost=0` leaves both to you and
 * `demo.director`). The bar above the meeting (`demo-bar.ts`) says what the host is about to do and
 * lists options to try; `tips=0` leaves it out.
 */
import '../src/index.js';
import type { DemoMeetingOptions, DemoPresetName } from '../src/demo/index.js';
import type { Meeting } from '../src/meeting/index.js';
import type { ScriptedHost } from './scripted-host.js';

const params = new URLSearchParams(location.search);
const element = document.querySelector('rtk-meeting')!;

function numberParam(name: string): number | undefined {
  const value = params.get(name);
  return value === null || value === '' || Number.isNaN(Number(value)) ? undefined : Number(value);
}

async function realMeeting(authToken: string): Promise<Meeting> {
  const { default: RealtimeKitClient } = await import('@cloudflare/realtimekit');
  return RealtimeKitClient.init({ authToken, defaults: { audio: false, video: false } });
}

async function demoMeeting(): Promise<Meeting> {
  const { createDemoMeeting } = await import('../src/demo/index.js');
  const webinar = params.get('scenario') === 'webinar';
  const options: DemoMeetingOptions = {
    people: numberParam('people') ?? 5,
    preset: (params.get('preset') as DemoPresetName | null) ?? (webinar ? 'webinar-host' : 'host'),
    seed: numberParam('seed') ?? 1,
    lively: params.get('lively') !== '0',
    waitingRoom: params.get('waitingRoom') === '1',
    // What people say in the live transcript: the language pack's language.
    language: params.get('lang') ?? 'en',
  };
  const name = params.get('name');
  const title = params.get('title');
  if (name) options.name = name;
  if (title) options.title = title;
  const latency = numberParam('latency');
  const chatHistory = numberParam('chatHistory');
  if (latency !== undefined) options.latency = latency;
  if (chatHistory !== undefined) options.chatHistory = chatHistory;
  const meeting = createDemoMeeting(options);
  if (webinar) {
    meeting.director.webinar({
      viewers: numberParam('viewers') ?? 2000,
      requestsPerMinute: numberParam('requestsPerMinute') ?? 6,
      knocksPerMinute: numberParam('knocksPerMinute') ?? 3,
    });
  }
  // Handy in the console: `demo.director.addPerson()`, `demo.director.speak(id)`, …
  (window as unknown as { demo: unknown }).demo = meeting;
  let host: ScriptedHost | undefined;
  if (params.get('scriptedHost') !== '0' && (options.waitingRoom || meeting.livestream)) {
    const [{ scriptHost }, { createLiveFeed, playsInPlayer }] = await Promise.all([
      import('./scripted-host.js'),
      import('./live-feed.js'),
    ]);
    // The feed's URL plays once: a new one replaces it for the next player (a retry, a re-mount).
    const feed = meeting.livestream
      ? createLiveFeed(options.title ?? 'Demo meeting', (url, previous) => {
          if (meeting.livestream?.playbackUrl === previous) meeting.director.livestream?.start(url);
        })
      : undefined;
    if (feed) await playsInPlayer();
    host = scriptHost(meeting, { playbackUrl: () => feed?.url, onChange: () => updateBar() });
  }
  await showBar(host);
  return meeting;
}

let updateBar = () => {};

/** The bar above the meeting (unless `?tips=0`). */
async function showBar(host: ScriptedHost | undefined): Promise<void> {
  const bar = document.querySelector<HTMLElement>('.demo-bar');
  if (!bar || params.get('tips') === '0') return;
  const { renderDemoBar } = await import('./demo-bar.js');
  updateBar = renderDemoBar(bar, host);
}

/** Replaces the meeting with a visible explanation (the kit itself would keep waiting). */
function showError(error: unknown): void {
  const box = document.createElement('p');
  box.setAttribute('role', 'alert');
  box.className = 'demo-error';
  box.textContent = `Could not start the meeting: ${error instanceof Error ? error.message : String(error)}`;
  element.replaceWith(box);
}

/**
 * `?lang=`: the UI state `language`, as the language picker sets it, so the picker can change it
 * again (a `t` given to the element would win over the picker). Only that pack is downloaded, and
 * before the meeting shows, so it opens in that language.
 */
async function language(lang: string | null): Promise<void> {
  if (!lang) return;
  const { loadLanguage, matchLanguage } = await import('../src/i18n/languages.js');
  const code = matchLanguage(lang);
  if (!code) return console.warn(`No language pack "${lang}"; showing English.`);
  await loadLanguage(code);
  element.states = { ...element.states, language: code };
}

/** `?theme=` and `?brand=`: the design-system API, applied to this meeting element only. */
function applyLook(): void {
  const theme = params.get('theme');
  const brand = params.get('brand');
  if (theme === 'dark' || theme === 'light' || theme === 'high-contrast' || theme === 'system')
    element.theme = theme;
  if (brand && /^#[0-9a-f]{6}$/i.test(brand))
    element.config = { ...element.config, designTokens: { brand } };
}

const authToken = params.get('authToken');
applyLook();
try {
  await language(params.get('lang'));
  element.meeting = await (authToken ? realMeeting(authToken) : demoMeeting());
} catch (error) {
  console.error(error);
  showError(error);
}
