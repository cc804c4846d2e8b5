// Background effects and noise suppression stay on the page's own origin, in an app build: the demo
// page built with Vite (as an app builds the kit: the effect files are copied into its assets by
// the kit's `new URL('./effect-assets/…', import.meta.url)`), served under the strict policy of
// README "Content-Security-Policy" plus `'wasm-unsafe-eval'` (the effects run WebAssembly), opened
// in Chromium with a fake camera and microphone. A light blur and noise suppression are turned on;
// every request the page, its workers (the segmentation's, through its own target) and worklets
// make is recorded (Chromium's network events),
// and each must go to the page's origin. Any policy violation or console error fails too.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, ensureChromium } from '../../scripts/chromium.mjs';
import {
  STRICT_POLICY,
  buildDemo,
  reportViolations,
  serveWithPolicy,
} from '../examples/strict-csp.mjs';

const POLICY = STRICT_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
).replace('trusted-types lit-html', 'trusted-types lit-html rtk-effects');

test(
  'blur and noise suppression fetch nothing from another origin (Vite build, strict policy)',
  { timeout: 300_000 },
  async (t) => {
    const out = mkdtempSync(join(tmpdir(), 'rtk-effects-offline-'));
    let server;
    let browser;
    try {
      await buildDemo(out);
      const assets = readdirSync(join(out, 'assets'));
      for (const name of ['selfie_segmentation_landscape-', 'rnnoise_simd-', 'workletProcessor-'])
        assert.ok(
          assets.some((file) => file.startsWith(name)),
          `the app build has no ${name}* among its assets`,
        );
      server = await serveWithPolicy(out, POLICY);
      const origin = `http://127.0.0.1:${server.address().port}`;
      browser = await puppeteer.launch({
        executablePath: ensureChromium(),
        args: [
          ...CHROMIUM_FLAGS,
          '--use-fake-device-for-media-stream',
          '--use-fake-ui-for-media-stream',
          '--autoplay-policy=no-user-gesture-required',
        ],
      });
      const page = await browser.newPage();
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await reportViolations(page);
      // Every request of the page and of what it starts (workers, worklets), from the network
      // domain, whatever made it.
      const requests = [];
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      cdp.on('Network.requestWillBeSent', ({ request }) => requests.push(request.url));
      // The segmentation's worker fetches its files itself: its own network domain.
      const fromWorker = [];
      page.on('workercreated', (worker) => {
        const session = worker.client;
        session.on('Network.requestWillBeSent', ({ request }) => {
          requests.push(request.url);
          fromWorker.push(request.url);
        });
        void session.send('Network.enable').catch(() => undefined);
      });
      await page.goto(`${origin}/?people=2&seed=1&lively=0&tips=0&scriptedHost=0`, {
        waitUntil: 'load',
      });
      await page.waitForFunction(() => 'demo' in window, { timeout: 60_000 });
      const result = await page.evaluate(async () => {
        const meeting = window.demo;
        await meeting.join();
        await meeting.self.enableVideo();
        await meeting.self.enableAudio();
        const video = document.createElement('rtk-background-effects');
        const audio = document.createElement('rtk-settings-audio');
        video.meeting = audio.meeting = meeting;
        document.body.append(video, audio);
        await Promise.all([customElements.whenDefined('rtk-background-effects')]);
        await video.updateComplete;
        await audio.updateComplete;
        const notices = [];
        const notice = (e) => notices.push(e.detail.message);
        video.addEventListener('rtkNotification', notice);
        audio.addEventListener('rtkNotification', notice);
        await video.choose('blur-light');
        await audio.setNoiseSuppression(true);
        return {
          choice: video.choice,
          noise: audio.noiseSuppression,
          video: meeting.self.videoMiddlewares.length,
          audio: meeting.self.audioMiddlewares.length,
          processed: meeting.self.videoTrack !== meeting.self.rawVideoTrack,
          notices,
        };
      });
      assert.deepEqual(
        result,
        {
          choice: 'blur-light',
          noise: true,
          video: 1,
          audio: 1,
          processed: true,
          notices: [],
        },
        errors.join('\n'),
      );
      // A few frames through the segmentation.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
      const network = requests.filter((url) => /^(https?|wss?):/.test(url));
      t.diagnostic(`${network.length} requests, all to ${origin}`);
      for (const part of [
        'selfie_segmentation_solution',
        'selfie_segmentation_landscape',
        'rnnoise',
      ])
        assert.ok(
          network.some((url) => url.includes(part)),
          `nothing named ${part} was fetched: ${network.join('\n')}`,
        );
      // The segmentation ran in its worker (under this policy, Trusted Types included), not on
      // the page's thread.
      assert.ok(
        fromWorker.some((url) => url.includes('selfie_segmentation_solution')),
        `the worker fetched no segmentation runtime: ${fromWorker.join('\n')}`,
      );
      const elsewhere = network.filter((url) => new URL(url).origin !== origin);
      assert.deepEqual(elsewhere, [], `requests to another origin:\n${network.join('\n')}`);
      assert.deepEqual(errors, []);
    } finally {
      await browser?.close();
      server?.close();
      rmSync(out, { recursive: true, force: true });
    }
  },
);
