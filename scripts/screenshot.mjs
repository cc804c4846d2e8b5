// Screenshots of the demo page in headless Chromium: `node scripts/screenshot.mjs [url] [outdir]`.
// Takes the setup screen, joins with the "Join" button, and takes the meeting twice, a second apart
// (the synthetic video moves between the two).
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_FLAGS, ensureChromium } from './chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:8000/?people=5&seed=1';
const outdir = process.argv[3] ?? 'screenshots';
mkdirSync(outdir, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: CHROMIUM_FLAGS,
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url, { waitUntil: 'networkidle0' });
  // By part, not by text: the page may be in any language (?lang=ar).
  const join = await page.waitForSelector(
    'rtk-meeting >>> rtk-setup-screen >>> [part="join-button"]',
    { timeout: 15000 },
  );
  await new Promise((r) => setTimeout(r, 800));
  await page.screenshot({ path: `${outdir}/1-setup.png` });
  await join.click();
  await page.waitForSelector('rtk-meeting >>> rtk-participant-tile', { timeout: 15000 });
  await new Promise((r) => setTimeout(r, 1500));
  await page.screenshot({ path: `${outdir}/2-meeting.png` });
  await new Promise((r) => setTimeout(r, 1000));
  await page.screenshot({ path: `${outdir}/3-meeting-later.png` });
  const tiles = await page.$$eval('rtk-meeting >>> rtk-participant-tile', (els) =>
    els.map((el) => {
      const video = el.shadowRoot?.querySelector('video');
      return {
        name: el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim(),
        playing: !!video && video.videoWidth > 0 && !video.paused,
        time: video?.currentTime,
      };
    }),
  );
  console.log(JSON.stringify(tiles, null, 1));
  const leave = await page.waitForSelector('rtk-meeting >>> rtk-leave-button >>> button');
  await leave.click();
  await new Promise((r) => setTimeout(r, 800));
  await page.screenshot({ path: `${outdir}/4-after-leave.png` });
  console.log(`screenshots in ${outdir}/`);
} finally {
  await browser.close();
}
