// `npm run screenshots`: the joined meeting as a person sees it, at a phone, a tablet, a laptop and
// a large screen with 2, 3, 6 and 9 people, plus a webinar host, an audio room, a crowded room,
// the phone's More menu and open chat, and the setup screen on a short phone. Serves the demo
// itself (Vite, from the source), writes docs/screenshots/layout-*.png, and prints the stage
// coverage of each point with what scripts/layout-measure.mjs found clipped or overlapping.
// `node scripts/screenshots.mjs [outdir] [--only=phone] [--json]`: `--only` takes the points whose
// name contains it; `--json` prints the measurements as JSON instead.
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, ensureChromium } from './chromium.mjs';
import { measureLayout } from './layout-measure.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const outdir = args.find((a) => !a.startsWith('--')) ?? 'docs/screenshots';
// `--only=phone` takes only the points whose file name contains "phone".
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
mkdirSync(outdir, { recursive: true });

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  tablet: { width: 768, height: 1024 },
  laptop: { width: 1280, height: 800 },
  desktop: { width: 1920, height: 1080 },
};

/** Each point: a file name, a viewport, the demo's query, and what to do once joined. */
const POINTS = [];
for (const [viewport, size] of Object.entries(VIEWPORTS)) {
  for (const people of [2, 3, 6, 9]) {
    POINTS.push({ file: `layout-${viewport}-${people}`, size, query: `people=${people - 1}` });
  }
}
POINTS.push(
  {
    file: 'layout-laptop-webinar-host',
    size: VIEWPORTS.laptop,
    query: 'preset=webinar-host&people=5',
  },
  { file: 'layout-phone-audio-room', size: VIEWPORTS.phone, query: 'preset=audio-room&people=7' },
  { file: 'layout-laptop-audio-room', size: VIEWPORTS.laptop, query: 'preset=audio-room&people=7' },
  { file: 'layout-laptop-26', size: VIEWPORTS.laptop, query: 'people=25' },
  { file: 'layout-phone-26', size: VIEWPORTS.phone, query: 'people=25' },
  {
    file: 'layout-phone-26-pages',
    size: VIEWPORTS.phone,
    query: 'people=25',
    script: "demo.participants.setViewMode('PAGINATED')",
  },
  { file: 'layout-phone-chat', size: VIEWPORTS.phone, query: 'people=5', open: 'chat' },
  { file: 'layout-phone-more', size: VIEWPORTS.phone, query: 'people=5', open: 'more' },
  {
    file: 'layout-laptop-chat-de',
    size: VIEWPORTS.laptop,
    query: 'people=5&lang=de',
    open: 'chat',
  },
  {
    file: 'layout-laptop-chat-ar',
    size: VIEWPORTS.laptop,
    query: 'people=5&lang=ar',
    open: 'chat',
  },
  { file: 'layout-phone-setup', size: { width: 390, height: 664 }, query: 'people=3', setup: true },
);

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await createServer({
  configFile: false,
  root: `${root}demo`,
  server: { host: '127.0.0.1', port: 0, fs: { allow: [root] } },
  optimizeDeps: { entries: ['index.html'] },
  clearScreen: false,
  logLevel: 'error',
});
await server.listen();
const base = server.resolvedUrls.local[0];

const browser = await puppeteer.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: CHROMIUM_FLAGS,
});
const results = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  for (const point of POINTS.filter((p) => !only || p.file.includes(only))) {
    await page.setViewport(point.size);
    await page.goto(`${base}?seed=1&lively=0&tips=0&${point.query}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => Boolean(window.demo), { timeout: 30000 });
    await page.waitForSelector('rtk-meeting >>> rtk-setup-screen >>> [part="join-button"]', {
      timeout: 30000,
    });
    if (!point.setup) {
      await page.evaluate('demo.join()');
      await page.waitForSelector('rtk-meeting >>> rtk-controlbar', { timeout: 30000 });
      await page.waitForFunction(
        () => {
          const meeting = document.querySelector('rtk-meeting');
          const grid = meeting?.shadowRoot?.querySelector('rtk-stage rtk-grid');
          return Boolean(grid?.shadowRoot?.querySelector('[part="container"]'));
        },
        { timeout: 30000 },
      );
    }
    if (point.script) await page.evaluate(point.script);
    if (point.open === 'chat') {
      await page.evaluate(() =>
        document.querySelector('rtk-meeting').dispatchEvent(
          new CustomEvent('rtkStateUpdate', {
            detail: { activeSidebar: true, sidebar: 'chat' },
            bubbles: true,
            composed: true,
          }),
        ),
      );
      await page.waitForSelector('rtk-meeting >>> rtk-chat', { timeout: 30000 });
    }
    if (point.open === 'more') {
      const more = await page.waitForSelector('rtk-meeting >>> rtk-more-toggle >>> button', {
        timeout: 30000,
      });
      await more.click();
      await page.waitForSelector('rtk-meeting >>> [role="menuitem"]', { timeout: 30000 });
    }
    // Lit renders in microtasks and the grid measures itself on resize: give it two frames
    // and the toasts of joining a moment to settle.
    await new Promise((r) => setTimeout(r, 1200));
    const measured = await page.evaluate(
      `(${measureLayout.toString()})(document.querySelector('rtk-meeting'))`,
    );
    await page.screenshot({ path: `${outdir}/${point.file}.png` });
    results.push({ file: point.file, ...measured });
  }
} finally {
  await browser.close();
  await server.close();
}

if (json) {
  console.log(JSON.stringify(results, null, 1));
} else {
  for (const r of results) {
    const problems = [...r.clipped, ...r.overlapping.map((o) => `overlap: ${o}`)];
    const menu = r.unnamedMenuItems.length
      ? ` · unnamed menu items: ${r.unnamedMenuItems.length}`
      : '';
    const narrow = r.tiles.filter((t) => t.width < 120).length;
    console.log(
      `${r.file.padEnd(30)} coverage ${(r.coverage * 100).toFixed(0).padStart(3)}%  tiles ${r.tiles.length}` +
        `${narrow ? ` (${narrow} narrower than 120 px)` : ''}${menu}` +
        `${problems.length ? `\n    ${problems.join('\n    ')}` : ''}`,
    );
  }
  console.log(`screenshots in ${outdir}/`);
}
