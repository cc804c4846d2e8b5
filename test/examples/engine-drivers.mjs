// One small driver interface over the two non-Chromium engines, so one walkthrough
// (engine-walkthrough.mjs) runs in both:
// - Firefox: puppeteer-core over WebDriver BiDi;
// - WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver over HTTP, a
//   client of a few calls below), under Xvfb.
// Each driver: goto(url), run(fn, ...args) (fn runs in the page; its result comes back as JSON),
// handle(fn, ...args) (fn returns an element: a handle for click/type, or undefined), click(h),
// type(h, text), resize(width, height) (the viewport), screenshot(file), close().
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import process from 'node:process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { FIREFOX_PREFS, MINIBROWSER_ARGS } from '../../scripts/engines.mjs';

// ── Firefox ──────────────────────────────────────────────────────────────────────────────────────
/** @param {string} executablePath */
export async function firefoxDriver(executablePath) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    extraPrefsFirefox: FIREFOX_PREFS,
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return {
    name: 'firefox',
    version: await browser.version(),
    errors,
    goto: (url) => page.goto(url, { waitUntil: 'load', timeout: 60_000 }),
    run: (fn, ...args) => page.evaluate(fn, ...args),
    async handle(fn, ...args) {
      const handle = await page.evaluateHandle(fn, ...args);
      const el = handle.asElement();
      if (!el) await handle.dispose();
      return el ?? undefined;
    },
    click: (el) => el.click(),
    async type(el, text) {
      await el.click();
      await page.keyboard.type(text);
    },
    async resize(width, height) {
      await page.setViewport({ width, height });
      return [width, height];
    },
    screenshot: (path) => page.screenshot({ path }),
    close: () => browser.close(),
  };
}

/**
 * In the page: scrolls `el` into view and returns its centre, and what covers it there (when the
 * topmost element at that point, through shadow roots, is neither `el` nor inside it).
 */
function centreHit(el) {
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = el.getBoundingClientRect();
  const x = Math.round(box.left + box.width / 2);
  const y = Math.round(box.top + box.height / 2);
  let hit = document.elementFromPoint(x, y);
  while (hit && hit.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  for (let node = hit; node; node = node.assignedSlot || node.parentNode || node.host)
    if (node === el) return { x, y };
  const name = hit
    ? `${hit.localName}${hit.getAttribute('aria-label') ? ` "${hit.getAttribute('aria-label')}"` : ''}`
    : 'nothing';
  return { x, y, covered: name };
}

// ── WebKit ───────────────────────────────────────────────────────────────────────────────────────
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Waits until `check()` resolves truthy (polling), or throws `what` after `ms`. */
async function poll(check, what, ms = 15_000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error(what);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Starts Xvfb on a free display and WebKitWebDriver on a free port, opens a MiniBrowser session.
 * @param {{ driver: string, browser: string, xvfb: string }} webkit
 */
export async function webkitDriver(webkit) {
  const children = [];
  const stop = () => {
    for (const child of children.reverse()) child.kill();
  };
  try {
    // Xvfb picks a free display itself and writes its number to the given descriptor.
    const xvfb = spawn(
      webkit.xvfb,
      ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      },
    );
    children.push(xvfb);
    const display = await new Promise((done, fail) => {
      let out = '';
      xvfb.stdio[3].on('data', (d) => {
        out += d;
        if (out.includes('\n')) done(`:${out.trim()}`);
      });
      xvfb.on('exit', (code) => fail(new Error(`Xvfb exited (${code})`)));
      setTimeout(() => fail(new Error('Xvfb gave no display in 10 s')), 10_000);
    });
    const port = await freePort();
    const driver = spawn(webkit.driver, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display },
    });
    children.push(driver);
    const base = `http://127.0.0.1:${port}`;
    const call = async (method, path, body) => {
      const response = await fetch(base + path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = await response.json();
      if (!response.ok)
        throw new Error(
          `WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`,
        );
      return json.value;
    };
    await poll(() => call('GET', '/status').then((s) => s.ready !== false), 'no WebKitWebDriver');
    const session = await call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': { binary: webkit.browser, args: MINIBROWSER_ARGS },
        },
      },
    });
    const id = session.sessionId;
    const s = (path) => `/session/${id}${path}`;
    /** The script that calls `fn` with the arguments WebDriver passes. */
    const script = (fn) => `return (${fn.toString()}).apply(null, arguments);`;
    // The window's frame: the viewport is the window less this (measured once).
    let chrome = { width: 0, height: 0 };
    const api = {
      name: 'webkit',
      version: session.capabilities.browserVersion,
      errors: [],
      goto: (url) => call('POST', s('/url'), { url }),
      run: (fn, ...args) => call('POST', s('/execute/sync'), { script: script(fn), args }),
      async handle(fn, ...args) {
        const value = await api.run(fn, ...args);
        return value && value[ELEMENT] ? value[ELEMENT] : undefined;
      },
      async click(el) {
        // WebKitWebDriver's own click refuses a point whose hit is inside a shadow root below the
        // element (an icon in a button); so: the element's centre, checked in the page to hit the
        // element or what it holds (through shadow roots), then a real pointer click there.
        const end = Date.now() + 3000;
        let at;
        for (;;) {
          at = await api.run(centreHit, { [ELEMENT]: el });
          if (!at.covered || Date.now() > end) break;
          await new Promise((done) => setTimeout(done, 150));
        }
        if (at.covered) throw new Error(`the control is covered by ${at.covered}`);
        await call('POST', s('/actions'), {
          actions: [
            {
              type: 'pointer',
              id: 'mouse',
              parameters: { pointerType: 'mouse' },
              actions: [
                { type: 'pointerMove', duration: 0, origin: 'viewport', x: at.x, y: at.y },
                { type: 'pointerDown', button: 0 },
                { type: 'pointerUp', button: 0 },
              ],
            },
          ],
        });
      },
      async type(el, text) {
        // Send Keys focuses the field itself (a click at its centre may land on its placeholder,
        // which WebKitWebDriver counts as intercepted).
        await call('POST', s(`/element/${el}/value`), { text });
      },
      async resize(width, height) {
        await call('POST', s('/window/rect'), {
          width: width + chrome.width,
          height: height + chrome.height,
        });
        const [w, h] = await api.run(() => [innerWidth, innerHeight]);
        if (w !== width || h !== height) {
          // Measure the frame once, then set the window so the viewport has the size asked.
          const rect = await call('GET', s('/window/rect'));
          chrome = { width: rect.width - w, height: rect.height - h };
          await call('POST', s('/window/rect'), {
            width: width + chrome.width,
            height: height + chrome.height,
          });
        }
        return api.run(() => [innerWidth, innerHeight]);
      },
      async screenshot(path) {
        writeFileSync(path, Buffer.from(await call('GET', s('/screenshot')), 'base64'));
      },
      async close() {
        await call('DELETE', s('')).catch(() => undefined);
        stop();
      },
    };
    return api;
  } catch (error) {
    stop();
    throw error;
  }
}
