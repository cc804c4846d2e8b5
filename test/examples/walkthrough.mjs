// The contract each example's pages follow:
// - the meeting page renders <rtk-meeting> on `createDemoMeeting({ people: 3, seed: 1 })` (it opens
//   on the setup screen), and outside it a line "Sidebar: <section>" that the app updates from the
//   kit's `rtkStateUpdate` / `rtkStatesUpdate` events ("Sidebar: closed" when none is open);
// - the layout page builds its own layout of single tags (participant tile, mic and camera toggles)
//   inside <rtk-ui-provider>, for a demo meeting it joins itself with the name "Ada Lovelace".
//
// The one scripted walkthrough every example passes (html, vue, angular, react): join the demo
// meeting, toggle the mic, send a chat message, leave. It acts like a person: it finds controls by
// role and accessible name through the accessibility tree (which crosses shadow roots) and checks
// what the page then says, never component internals. Each step throws with its name on failure.

import { Buffer } from 'node:buffer';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Generous: the examples lane runs beside type checking, linting and the Node tests, and a page's
// first join loads its modules cold.
const STEP_TIMEOUT = 30_000;

/**
 * Collects what went wrong in the page: uncaught errors, console errors and failed loads (a
 * missing favicon aside: the examples do not ship one).
 */
function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Failed loads are reported below with their address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) =>
    errors.push(`failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  return errors;
}

/**
 * What both checks use on `page`: `step(name, body)` runs one step and names it in the error,
 * with the page's errors so far; `find`/`gone` wait for a selector to show or to go; `finish()`
 * fails on page errors seen after the last step, else returns the steps passed.
 */
function checker(page, label) {
  const pageErrors = watchErrors(page);
  const passed = [];
  const step = async (name, body) => {
    try {
      await body();
      passed.push(name);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const errors = pageErrors.length ? `\n  page errors:\n    ${pageErrors.join('\n    ')}` : '';
      throw new Error(`${label}: "${name}" failed: ${detail}${errors}`);
    }
  };
  const find = (selector) =>
    page.waitForSelector(selector, { timeout: STEP_TIMEOUT, visible: true });
  const gone = (selector) =>
    page.waitForSelector(selector, { timeout: STEP_TIMEOUT, hidden: true });
  const finish = () => {
    if (pageErrors.length) throw new Error(`${label}: page errors:\n  ${pageErrors.join('\n  ')}`);
    return passed;
  };
  return { step, find, gone, finish };
}

/** A puppeteer selector for the element with this ARIA role and accessible name. */
export const aria = (name, role = 'button') => `::-p-aria([name="${name}"][role="${role}"])`;

/**
 * Runs the walkthrough on `page` (a puppeteer Page) at `url`. Resolves with the steps it passed;
 * rejects with `Error("<step>: <what went wrong>")` and the page errors seen so far.
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 * @param {{ label?: string, full?: boolean, sidebarStatus?: boolean }} [options] `full` adds
 * Markdown and an image in the chat, a poll created and voted on, the participants panel and the
 * settings (the strict-CSP lane); `sidebarStatus: false` for a page without the examples' "Sidebar:"
 * line (the demo).
 */
export async function walkthrough(
  page,
  url,
  { label = 'example', full = false, sidebarStatus = true } = {},
) {
  const { step, find, gone, finish } = checker(page, label);

  await step('open the page', async () => {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  });

  await step('join the demo meeting', async () => {
    const join = await find(aria('Join meeting'));
    await join.click();
    await find(aria('Leave'));
    // The person sees their own tile on the stage.
    await find(aria('Options for You'));
  });

  await step('toggle the mic', async () => {
    const mic = await find(aria('Mic on'));
    if ((await mic.evaluate((el) => el.getAttribute('aria-pressed'))) !== 'true')
      throw new Error('"Mic on" is not pressed');
    await mic.click();
    const off = await find(aria('Mic off'));
    if ((await off.evaluate((el) => el.getAttribute('aria-pressed'))) !== 'false')
      throw new Error('"Mic off" is still pressed');
    await (await find(aria('Mic off'))).click();
    await find(aria('Mic on'));
  });

  const text = `Hello from the ${label} example (${Date.now().toString(36)})`;
  await step('send a chat message', async () => {
    await (await find(aria('Chat'))).click();
    // The chat panel's tags load lazily. Wait for the composer first: puppeteer's text query
    // caches the text of an element it saw before its shadow root existed, and would then never
    // find text rendered inside it later.
    const box = await find(aria('Message', 'textbox'));
    // The app heard the kit's rtkStateUpdate (each example shows the sidebar it last reported).
    if (sidebarStatus) await find('::-p-text(Sidebar: chat)');
    await box.click();
    await page.keyboard.type(text);
    // Send is enabled once the composer holds text.
    const send = await find(aria('Send'));
    await page.waitForFunction(
      (el) => !el.disabled && el.getAttribute('aria-disabled') !== 'true',
      { timeout: STEP_TIMEOUT },
      send,
    );
    await send.click();
    // The message shows in the list, and the composer is empty again.
    await find(`::-p-text(${text})`);
    await page
      .waitForFunction(
        (el) => !('value' in el ? el.value : el.textContent),
        { timeout: STEP_TIMEOUT },
        box,
      )
      .catch(async () => {
        throw new Error(
          `the composer still holds "${await box.evaluate((el) => ('value' in el ? el.value : el.textContent))}"`,
        );
      });
  });

  if (full) await fullSteps(page, { step, find, gone });

  await step('leave', async () => {
    await (await find(aria('Leave'))).click();
    // rtk-leave-button asks first (the official default): confirm in the dialog.
    await (await find(aria('Leave meeting'))).click();
    await find('::-p-text(You left the meeting.)');
    await gone(aria('Leave'));
    await gone(aria('Leave'));
  });

  return finish();
}

/**
 * Waits until an element matching `selector`, in the page or any shadow root, has the text `text`
 * (any text when empty), and, with `loaded`, is an image that has loaded. (No function is passed
 * into the page: its strict CSP forbids evaluating strings.)
 */
function deepMatch(page, selector, text, { loaded = false } = {}) {
  return page.waitForFunction(
    (selector, text, loaded) => {
      const ok = (el) =>
        (!text || el.textContent.trim() === text) &&
        (!loaded || (el.complete && el.naturalWidth > 0));
      const search = (root) =>
        [...root.querySelectorAll(selector)].some(ok) ||
        [...root.querySelectorAll('*')].some((el) => el.shadowRoot && search(el.shadowRoot));
      return search(document);
    },
    { timeout: STEP_TIMEOUT },
    selector,
    text,
    loaded,
  );
}

/** A 2×2 PNG, the image the full walkthrough sends in the chat. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

/** The steps `walkthrough(…, { full: true })` adds before leaving; the chat panel is open. */
async function fullSteps(page, { step, find, gone }) {
  const id = Date.now().toString(36);
  await step('send Markdown in the chat', async () => {
    const box = await find(aria('Message', 'textbox'));
    await box.click();
    await page.keyboard.type(`Plain and **bold ${id}**`);
    await (await find(aria('Send'))).click();
    // The message shows its Markdown as formatting, not as asterisks.
    await deepMatch(page, 'strong', `bold ${id}`);
  });

  await step('send an image in the chat', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rtk-walkthrough-')), `dot-${id}.png`);
    writeFileSync(file, PNG);
    const input = await page.waitForSelector('pierce/input[type="file"][accept^="image"]', {
      timeout: STEP_TIMEOUT,
    });
    await input.uploadFile(file);
    // The draft lists the picture (with a button to remove it); Send takes it.
    await find(aria(`Remove dot-${id}.png`));
    const send = await find(aria('Send'));
    await page.waitForFunction(
      (el) => !el.disabled && el.getAttribute('aria-disabled') !== 'true',
      { timeout: STEP_TIMEOUT },
      send,
    );
    await send.click();
    await gone(aria(`Remove dot-${id}.png`));
    // The message list shows the picture, loaded from the blob: URL the page made of the file.
    await deepMatch(page, 'img[src^="blob:"]', '', { loaded: true });
  });

  await step('create a poll and vote', async () => {
    await (await find(aria('Polls'))).click();
    await (await find(aria('Create poll'))).click();
    await (await find(aria('Question', 'textbox'))).type(`Lunch ${id}?`);
    await (await find(aria('Option 1', 'textbox'))).type('Soup');
    await (await find(aria('Option 2', 'textbox'))).type('Salad');
    await (await find(aria('Create poll'))).click();
    await find(`::-p-text(Lunch ${id}?)`);
    await (await find(aria('Salad', 'radio'))).click();
    await (await find(aria('Vote'))).click();
    await find('::-p-text(You voted.)');
  });

  await step('open the participants', async () => {
    await (await find(aria('Participants'))).click();
    await find('::-p-text(Ayesha Siddiqui)');
  });

  await step('open the settings', async () => {
    await (await find(aria('More'))).click();
    // "More" loads its rarer controls as it opens: each new one re-renders the menu, so the
    // Settings item is looked up again until a click on it lands.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await (await find(aria('Settings', 'menuitem'))).click();
        break;
      } catch (error) {
        if (attempt === 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
    await find(aria('Settings', 'dialog'));
    await (await find(aria('Close'))).click();
    await page.waitForSelector(aria('Settings', 'dialog'), { hidden: true, timeout: STEP_TIMEOUT });
  });
}

/**
 * The check of an example's custom layout page: the self tile shows the name, and the mic and
 * camera toggles (single-tag imports) work. Resolves with the steps it passed.
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 * @param {{ label?: string }} [options]
 */
export async function layoutCheck(page, url, { label = 'example' } = {}) {
  const { step, find, finish } = checker(page, `${label} (custom layout)`);

  await step('open the page', () => page.goto(url, { waitUntil: 'load', timeout: 30_000 }));
  await step('own tile', () => find('::-p-text(Ada Lovelace)'));
  await step('mic toggle', async () => {
    await (await find(aria('Mic on'))).click();
    await find(aria('Mic off'));
  });
  await step('camera toggle', async () => {
    await (await find(aria('Camera on'))).click();
    await find(aria('Camera off'));
  });
  return finish();
}

/**
 * The walkthrough of examples/html's custom meeting (custom-layout.html), built from single tags
 * the way the official guides build one: join from the setup screen, the page's own tiles show
 * with their own child (a seat badge in the tile's default slot), "More" holds the page's items
 * (slot `more-elements`) as menu items, the page's own item does what it says, the chat opens in
 * the sidebar, and leaving shows the ended screen. Resolves with the steps it passed.
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 * @param {{ label?: string }} [options]
 */
export async function customLayoutCheck(page, url, { label = 'example' } = {}) {
  const { step, find, gone, finish } = checker(page, `${label} (custom meeting)`);

  await step('open the page', () => page.goto(url, { waitUntil: 'load', timeout: 30_000 }));
  await step('join the demo meeting', async () => {
    await (await find(aria('Join meeting'))).click();
    await find(aria('Leave'));
  });
  await step("tiles show, each with the page's badge", async () => {
    // You and the demo's three people, each tile with its seat.
    for (const seat of [1, 2, 3, 4]) await find(`::-p-text(Seat ${seat})`);
    await find(aria('Options for You'));
  });
  await step("open More: the page's items are menu items", async () => {
    const more = await find(aria('More'));
    await more.click();
    await find(aria('More controls', 'menu'));
    await find(aria('Announce a break', 'menuitem'));
    // The keyboard reaches the page's item like the kit's own.
    await page.keyboard.press('End');
    const focused = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute('role') === 'menuitem' ? el.textContent.trim() : el?.localName;
    });
    if (focused !== 'Announce a break')
      throw new Error(`End focused ${focused}, not the page's item`);
  });
  await step("the page's item does what it says", async () => {
    await page.keyboard.press('Enter');
    await find('::-p-text(Break: back at)');
    // Choosing it closed the menu.
    await gone(aria('Announce a break', 'menuitem'));
  });
  await step('open the chat in the sidebar', async () => {
    await (await find(aria('Chat'))).click();
    await find(aria('Message', 'textbox'));
  });
  await step('leave', async () => {
    await (await find(aria('Leave'))).click();
    await (await find(aria('Leave meeting'))).click();
    await find('::-p-text(You left the meeting.)');
  });
  return finish();
}
