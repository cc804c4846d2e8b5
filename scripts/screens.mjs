// Screenshots of the screens before and after the call, for notes and reviews:
// `node scripts/screens.mjs [base-url] [outdir]` with the demo server running (`npm start`).
// Writes setup-*.png (ready, camera blocked, no devices, viewer), waiting.png and
// ended-<reason>.png for each reason, all scripted through the demo meeting (`window.demo`).
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_FLAGS, ensureChromium } from './chromium.mjs';

const base = (process.argv[2] ?? 'http://127.0.0.1:8000/').replace(/\/?$/, '/');
const outdir = process.argv[3] ?? 'docs/screenshots';
mkdirSync(outdir, { recursive: true });

const QUERY = 'people=4&seed=1&lively=0&title=Weekly%20design%20review&name=Ada%20Lovelace';
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each shot: the query, what to script in the page, and which screen to wait for. */
const SHOTS = [
  { file: 'setup-ready', screen: 'rtk-setup-screen' },
  {
    file: 'setup-camera-blocked',
    screen: 'rtk-setup-screen',
    script: 'demo.director.denyMedia("video")',
  },
  {
    file: 'setup-no-devices',
    screen: 'rtk-setup-screen',
    script: 'demo.director.removeAllDevices()',
  },
  { file: 'setup-viewer', query: 'preset=webinar-viewer', screen: 'rtk-setup-screen' },
  { file: 'waiting', query: 'waitingRoom=1', screen: 'rtk-meeting', script: 'demo.join()' },
  {
    file: 'ended-left',
    screen: 'rtk-ended-screen',
    script: 'demo.join().then(() => demo.leave())',
  },
  {
    file: 'ended-ended',
    screen: 'rtk-ended-screen',
    script: 'demo.join().then(() => demo.director.endMeeting())',
  },
  {
    file: 'ended-kicked',
    screen: 'rtk-ended-screen',
    script: 'demo.join().then(() => demo.director.kickSelf())',
  },
  {
    file: 'ended-rejected',
    query: 'waitingRoom=1',
    screen: 'rtk-ended-screen',
    script: 'demo.join().then(() => demo.director.rejectSelf())',
  },
  {
    file: 'ended-disconnected',
    screen: 'rtk-ended-screen',
    script: 'demo.join().then(() => demo.director.disconnect({ giveUpAfterMs: 300 }))',
  },
  {
    file: 'ended-failed',
    screen: 'rtk-ended-screen',
    script: 'demo.join().then(() => demo.leave("failed"))',
  },
];

const browser = await puppeteer.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: CHROMIUM_FLAGS,
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  for (const shot of SHOTS) {
    const url = `${base}?${QUERY}${shot.query ? `&${shot.query}` : ''}`;
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => Boolean(window.demo), { timeout: 20000 });
    await page.waitForSelector('rtk-meeting >>> rtk-setup-screen >>> [part="join-button"]', {
      timeout: 20000,
    });
    if (shot.script) await page.evaluate(`Promise.resolve(${shot.script})`);
    const selector = shot.screen === 'rtk-meeting' ? shot.screen : `rtk-meeting >>> ${shot.screen}`;
    await page.waitForSelector(selector, { timeout: 20000 });
    await pause(shot.file.startsWith('ended-disconnected') ? 1200 : 800);
    await page.screenshot({ path: `${outdir}/${shot.file}.png` });
    console.log(`${outdir}/${shot.file}.png`);
  }
} finally {
  await browser.close();
}
