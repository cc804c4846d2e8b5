// The meeting walkthrough in a non-Chromium engine (a driver of engine-drivers.mjs): join the demo
// meeting, six tiles with the cameras playing, the mic, a chat message, a poll with a vote, More →
// Settings, the layout check (scripts/layout-measure.mjs: tiles fill the stage, nothing clipped
// or covered), the "enable audio" prompt where the engine blocks autoplay (never over the control
// bar), leave → the ended screen. Zero page errors. It finds controls as a person does, by role
// and accessible name, through shadow roots (puppeteer's ARIA queries use Chromium's
// accessibility tree; here a small finder runs in the page, the same in both engines).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureLayout } from '../../scripts/layout-measure.mjs';

const STEP_TIMEOUT = 20_000;

// ── Runs in the page (each function is sent as text: self-contained) ────────────────────────────
/** The visible element with this role and accessible name (through shadow roots), or null. */
export function findControl(role, name) {
  const roleOf = (el) => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(' ')[0];
    const tag = el.localName;
    if (tag === 'button') return 'button';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'dialog') return 'dialog';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (tag === 'input') {
      const type = (el.getAttribute('type') || 'text').toLowerCase();
      if (['button', 'submit', 'reset'].includes(type)) return 'button';
      if (type === 'radio' || type === 'checkbox') return type;
      if (['text', 'search', 'email', 'url', 'tel', ''].includes(type)) return 'textbox';
    }
    if (el.isContentEditable && el.getAttribute('contenteditable') !== null) return 'textbox';
    return '';
  };
  // The text a person sees inside `node`: slotted content in its slot, a shadow root's instead of
  // the light children, nothing hidden from assistive technology.
  const flat = (node) => {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1 && node.nodeType !== 11) return '';
    if (node.nodeType === 1) {
      if (['style', 'script', 'template'].includes(node.localName)) return '';
      if (node.getAttribute('aria-hidden') === 'true') return '';
      if (node.localName === 'slot') {
        const assigned = node.assignedNodes({ flatten: true });
        return (assigned.length ? assigned : [...node.childNodes]).map(flat).join('');
      }
      if (node.shadowRoot) return [...node.shadowRoot.childNodes].map(flat).join('');
    }
    return [...node.childNodes].map(flat).join('');
  };
  const text = (el) => flat(el).replace(/\s+/g, ' ').trim();
  const nameOf = (el) => {
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      const root = el.getRootNode();
      return by
        .split(/\s+/)
        .map((id) => (root.getElementById ? root.getElementById(id) : null))
        .filter(Boolean)
        .map(text)
        .join(' ');
    }
    if (el.labels && el.labels.length) return text(el.labels[0]);
    const fromText = ['button', 'menuitem', 'menuitemradio', 'tab', 'link', 'radio', 'option'];
    if (fromText.includes(roleOf(el)) && text(el)) return text(el);
    return (el.getAttribute('title') || el.getAttribute('placeholder') || '').trim();
  };
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return false;
    return el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : true;
  };
  const search = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (roleOf(el) === role && nameOf(el) === name && shown(el)) return el;
      if (el.shadowRoot) {
        const found = search(el.shadowRoot);
        if (found) return found;
      }
    }
    return null;
  };
  return search(document);
}

/** Whether a visible element (through shadow roots) shows `wanted` as its text. */
function showsText(wanted) {
  const search = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const own = [...el.childNodes].some(
        (n) => n.nodeType === 3 && n.data.replace(/\s+/g, ' ').includes(wanted),
      );
      if (
        own ||
        (el.localName !== 'script' &&
          el.children.length === 0 &&
          (el.textContent || '').includes(wanted))
      ) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.height > 0) return true;
      }
      if (el.shadowRoot && search(el.shadowRoot)) return true;
    }
    return false;
  };
  return search(document);
}

/** Tiles shown, and camera videos playing, in the meeting. */
function stageState() {
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const tiles = all.filter((el) => el.localName === 'rtk-participant-tile' && shown(el)).length;
  const playing = all.filter(
    (el) => el.localName === 'video' && shown(el) && !el.paused && el.readyState >= 2,
  ).length;
  return { tiles, playing };
}

/**
 * The "enable audio" prompt of rtk-participants-audio when shown: its box and those of the control
 * bar's buttons that it overlaps.
 */
function audioPrompt() {
  const meeting = document.querySelector('rtk-meeting');
  const audio = meeting && meeting.shadowRoot.querySelector('rtk-participants-audio');
  const prompt = audio && audio.shadowRoot && audio.shadowRoot.querySelector('[part="prompt"]');
  if (!prompt || prompt.getBoundingClientRect().height === 0) return null;
  const box = prompt.getBoundingClientRect();
  const bar = meeting.shadowRoot.querySelector('rtk-controlbar');
  const buttons = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'button') buttons.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (bar && bar.shadowRoot) walk(bar.shadowRoot);
  const covered = buttons
    .map((b) => ({
      name: b.getAttribute('aria-label') || b.textContent.trim(),
      r: b.getBoundingClientRect(),
    }))
    .filter(
      ({ r }) =>
        r.width > 0 &&
        box.left < r.right &&
        r.left < box.right &&
        box.top < r.bottom &&
        r.top < box.bottom,
    )
    .map(({ name }) => name);
  return { box: { top: box.top, bottom: box.bottom, left: box.left, right: box.right }, covered };
}

/** The page's recorded errors (engine-errors.js, loaded first by the page). */
function pageErrors() {
  return window.__engineErrors || ['the error recorder did not load'];
}

// ── Runs in Node ─────────────────────────────────────────────────────────────────────────────────
async function waitFor(driver, fn, args, what, ms = STEP_TIMEOUT) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await driver.run(fn, ...args);
      if (last) return last;
    } catch (error) {
      last = error.message;
    }
    if (Date.now() > end) throw new Error(`${what} (last: ${JSON.stringify(last)})`);
    await new Promise((done) => setTimeout(done, 150));
  }
}

/**
 * Chooses "Click to enable audio" until the prompt goes (a second try, as a person would, when
 * the first click lands while the prompt is still being placed).
 */
async function enableAudio(driver) {
  for (let attempt = 1; ; attempt += 1) {
    await driver.click(await control(driver, 'Click to enable audio'));
    try {
      await waitFor(
        driver,
        new Function(`${audioPrompt.toString()}; return !audioPrompt();`),
        [],
        'the prompt stayed after a click on it',
        attempt === 3 ? STEP_TIMEOUT : 4000,
      );
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** The control with this role and name, once it shows. */
async function control(driver, name, role = 'button') {
  await find(driver, name, role);
  // findControl is sent along: the handle call runs it again in the page.
  const el = await driver.handle(
    new Function('r', 'n', `${findControl.toString()}; return findControl(r, n);`),
    role,
    name,
  );
  if (!el) throw new Error(`${role} "${name}" went away`);
  return el;
}

const text = (driver, wanted) =>
  waitFor(
    driver,
    new Function('w', `${showsText.toString()}; return showsText(w);`),
    [wanted],
    `no text "${wanted}"`,
  );
const find = (driver, name, role = 'button') =>
  waitFor(
    driver,
    new Function('r', 'n', `${findControl.toString()}; return Boolean(findControl(r, n));`),
    [role, name],
    `no ${role} "${name}"`,
  );

/**
 * Walks through a meeting at `url` (the demo page, which loads engine-errors.js first). Resolves
 * with the steps passed; throws `Error('<step>: …')`. `shots`: { dir, prefix } saves the page at
 * 1280×800 (and, with `phone`, at the phone size with the audio prompt when the engine shows it).
 * @param {Awaited<ReturnType<typeof import('./engine-drivers.mjs').firefoxDriver>>} driver
 */
export async function engineWalkthrough(driver, url, { shots, phone } = {}) {
  const passed = [];
  const step = async (name, body) => {
    try {
      await body();
      passed.push(name);
    } catch (error) {
      let errors = [];
      const shot = join(tmpdir(), `engine-${driver.name}-failed.png`);
      try {
        errors = [...driver.errors, ...(await driver.run(pageErrors))];
        await driver.screenshot(shot);
      } catch {
        // the page is gone
      }
      throw new Error(
        `${driver.name}: "${name}" failed: ${error instanceof Error ? error.message : error} (the page then: ${shot})${errors.length ? `\n  page errors:\n    ${errors.join('\n    ')}` : ''}`,
      );
    }
  };

  /** Opens the page at this viewport and joins; checks the prompt (if any) covers no control. */
  let size = 0;
  const openAndJoin = async (width, height, label, { byScript = false } = {}) => {
    await step(`open the page (${label})`, async () => {
      const [w, h] = await driver.resize(width, height);
      // MiniBrowser's window has a minimum width (447 px): the phone is as narrow as it goes.
      if (w !== width || h !== height) label = `${w}×${h}`;
      size = w;
      await driver.goto(url);
    });
    await step(`join (${label}${byScript ? ', as an app that joins by itself' : ''})`, async () => {
      if (byScript) {
        // No click: an engine that blocks autoplay without a gesture (WebKit) shows the prompt.
        await find(driver, 'Join meeting');
        await driver.run(() => void window.demo.join());
      } else await driver.click(await control(driver, 'Join meeting'));
      await find(driver, 'Leave');
      await find(driver, 'Options for You');
    });
    await step(`six tiles, cameras playing (${label})`, async () => {
      await waitFor(
        driver,
        new Function(
          `${stageState.toString()}; const s = stageState(); return s.tiles === 6 && s.playing >= 4 ? s : null;`,
        ),
        [],
        'six tiles with at least four cameras playing',
      );
    });
    await step(`layout: tiles fill the stage, nothing clipped or covered (${label})`, async () => {
      const m = await driver.run(
        new Function(
          `${measureLayout.toString()}; return measureLayout(document.querySelector('rtk-meeting'));`,
        ),
      );
      if (m.coverage < 0.65)
        throw new Error(`tiles cover ${(m.coverage * 100).toFixed(0)}% of the stage`);
      if (m.clipped.length || m.overlapping.length)
        throw new Error(
          `clipped: ${m.clipped.join(', ')}; overlapping: ${m.overlapping.join(', ')}`,
        );
    });
    // Where the engine blocks autoplay (WebKit, Firefox with sound), the prompt shows: it must
    // cover none of the control bar's buttons.
    let prompt = null;
    await step(`audio prompt, if shown, covers no control (${label})`, async () => {
      const end = Date.now() + 3000;
      while (!prompt && Date.now() < end) {
        prompt = await driver.run(new Function(`${audioPrompt.toString()}; return audioPrompt();`));
        if (!prompt) await new Promise((done) => setTimeout(done, 200));
      }
      if (prompt?.covered.length)
        throw new Error(`the audio prompt covers ${prompt.covered.join(', ')}`);
    });
    return prompt;
  };

  if (phone) {
    const prompt = await openAndJoin(phone.width, phone.height, `${phone.width}×${phone.height}`, {
      byScript: true,
    });
    if (shots) await driver.screenshot(join(shots.dir, `${shots.prefix}-${size}.png`));
    if (prompt) await step('enable audio from the prompt', () => enableAudio(driver));
  }

  const prompt = await openAndJoin(1280, 800, '1280×800');
  if (prompt)
    await step('enable audio from the prompt', async () => {
      await enableAudio(driver);
    });

  await step('toggle the mic', async () => {
    await driver.click(await control(driver, 'Mic on'));
    await driver.click(await control(driver, 'Mic off'));
    await find(driver, 'Mic on');
  });

  const message = `Hello from ${driver.name} (${Date.now().toString(36)})`;
  await step('send a chat message', async () => {
    await driver.click(await control(driver, 'Chat'));
    await driver.type(await control(driver, 'Message', 'textbox'), message);
    const send = await control(driver, 'Send');
    await driver.click(send);
    await text(driver, message);
  });

  const question = `Lunch ${Date.now().toString(36)}?`;
  await step('create a poll and vote', async () => {
    await driver.click(await control(driver, 'Polls'));
    await driver.click(await control(driver, 'Create poll'));
    await driver.type(await control(driver, 'Question', 'textbox'), question);
    await driver.type(await control(driver, 'Option 1', 'textbox'), 'Soup');
    await driver.type(await control(driver, 'Option 2', 'textbox'), 'Salad');
    await driver.click(await control(driver, 'Create poll'));
    await text(driver, question);
    await driver.click(await control(driver, 'Salad', 'radio'));
    await driver.click(await control(driver, 'Vote'));
    await text(driver, 'You voted.');
  });

  await step('More → Settings', async () => {
    await driver.click(await control(driver, 'More'));
    // "More" loads its rarer controls as it opens, which re-renders the menu: look again.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await driver.click(await control(driver, 'Settings', 'menuitem'));
        await find(driver, 'Settings', 'dialog');
        break;
      } catch (error) {
        if (attempt === 4) throw error;
      }
    }
    if (shots) await driver.screenshot(join(shots.dir, `${shots.prefix}-1280-settings.png`));
    await driver.click(await control(driver, 'Close'));
    await waitFor(
      driver,
      new Function(`${findControl.toString()}; return !findControl('dialog', 'Settings');`),
      [],
      'the settings stayed open',
    );
  });

  if (shots) await driver.screenshot(join(shots.dir, `${shots.prefix}-1280.png`));

  await step('leave → the ended screen', async () => {
    await driver.click(await control(driver, 'Leave'));
    await driver.click(await control(driver, 'Leave meeting'));
    await text(driver, 'You left the meeting.');
  });

  await step('no page errors', async () => {
    const errors = [...driver.errors, ...(await driver.run(pageErrors))];
    if (errors.length) throw new Error(errors.join('\n'));
  });
  return passed;
}

/** What the page loads first (before the app) to record its errors: see `pageErrors`. */
export const ERROR_RECORDER = `window.__engineErrors = [];
addEventListener('error', (e) => {
  const where = e.target && e.target !== window ? (e.target.src || e.target.href || e.target.localName) : '';
  window.__engineErrors.push('error: ' + (e.message || 'failed to load ' + where));
}, true);
addEventListener('unhandledrejection', (e) => {
  const r = e.reason;
  window.__engineErrors.push('unhandled rejection: ' + (r && (r.stack || r.message) || String(r)));
});
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.__engineErrors.push('console.error: ' + args.map((a) => (a && a.stack) || String(a)).join(' '));
  consoleError(...args);
};
`;
