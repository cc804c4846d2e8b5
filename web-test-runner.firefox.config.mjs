// A subset of the browser tests in Firefox ESR (Debian's firefox-esr, puppeteer-core over WebDriver
// BiDi): the sidebar's tabs, the stage's tab bar, the audio
// prompt, the speaker list, the mic. Chat, polls, leaving and the layout check (tiles fill the
// stage, nothing clipped or covered) run in Firefox and WebKit in test/examples/engines.mjs. `npm test`
// runs it after the whole suite in Chromium; `npx wtr --config web-test-runner.firefox.config.mjs`
// runs it alone (`--files` narrows it further). Same plugins and budgets as the Chromium config.
import { chromeLauncher } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';
import { FIREFOX_PREFS, findEngines, INSTALL_HINT } from './scripts/engines.mjs';

/**
 * What runs in Firefox: what a person meets first, and where engines differ. Left out for CI's
 * time: test/layout/layout.test.ts (all pass in Firefox, ~4 min; the engines lane measures the
 * layout in Firefox and WebKit with the same scripts/layout-measure.mjs) and
 * test/components/meeting.test.ts (six of its shell tests time out there: to look into) and
 * test/components/controlbar.test.ts (did not finish in 8 min on a loaded machine; the control
 * bar is used throughout the engines lane).
 */
export const FIREFOX_FILES = [
  'test/components/sidebar-ui.test.ts',
  'test/components/tab-bar.test.ts',
  'test/components/participants-audio.test.ts',
  'test/components/speaker-selector.test.ts',
  'test/components/mic-toggle.test.ts',
];

const { firefox } = findEngines();
if (!firefox) throw new Error(`Firefox is not installed. Install: ${INSTALL_HINT}`);

export default {
  ...base,
  files: FIREFOX_FILES,
  // One page at a time: Firefox pauses animation frames in a window that is not in front, which
  // the sidebar's tab folding waits for (its tests timed out with two pages side by side).
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath: firefox,
        headless: true,
        // Media plays without a gesture, as Chromium's --autoplay-policy flag allows there (the
        // tests of the "enable audio" prompt make play() refuse on purpose).
        extraPrefsFirefox: {
          ...FIREFOX_PREFS,
          'media.autoplay.default': 0,
          'media.autoplay.block-webaudio': false,
          // The layout check asks for reduced motion (emulateMedia, which needs Chromium's CDP):
          // Firefox prefers it from the start.
          'ui.prefersReducedMotion': 1,
        },
      },
      // Its own browser context per test page, as in Chromium. Two commands the tests use are
      // Chromium's: key names (`Space`) and emulateMedia (CDP only) are mapped here.
      createPage: async ({ browser }) => {
        const page = await (await browser.createBrowserContext()).newPage();
        const keyboard = page.keyboard;
        const key = (name) => (name === 'Space' ? ' ' : name);
        for (const method of ['press', 'down', 'up']) {
          const original = keyboard[method].bind(keyboard);
          keyboard[method] = (name, ...rest) => original(key(name), ...rest);
        }
        page.emulateMediaFeatures = async (features = []) => {
          for (const { name, value } of features) {
            if (name === 'prefers-reduced-motion' && value === 'reduce') continue;
            throw new Error(`emulateMedia ${name}: ${value} is not available in Firefox here`);
          }
        };
        return page;
      },
    }),
  ],
};
