// Browser tests in Debian's Chromium: `npm test` runs them with everything else;
// `npx wtr --files test/components/mic-toggle.test.ts` runs one file.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, ensureChromium } from './scripts/chromium.mjs';
import { reactEsmPlugin } from './scripts/wtr-react-plugin.mjs';
import { totalsReporter } from './scripts/wtr-totals-reporter.mjs';

const totalsFile = process.env.WTR_TOTALS_FILE;

/**
 * Test-only: each dynamic import in the kit's own modules (screens, panels and controls it loads
 * on first use) is put in `globalThis.__rtkLoading` until it settles, so a test can wait for what
 * the kit is loading (`kitLoaded()`, `rendered()` in test/helpers/wait.ts) instead of for a time.
 * The import itself is unchanged; only the kit's modules under src/ are touched.
 */
const trackKitImports = {
  name: 'track-kit-imports',
  transform(context) {
    if (!/^\/src\/.*\.[jt]s$/.test(context.path)) return undefined;
    const code = String(context.body);
    const tracked = code.replace(
      /(?<![\w$.])import\((["'][^"'\n]+["'])\)/g,
      '__rtkTrack(import($1))',
    );
    if (tracked === code) return undefined;
    const helper =
      'function __rtkTrack(p) { const all = (globalThis.__rtkLoading ??= new Set()); all.add(p); ' +
      'const done = () => all.delete(p); p.then(done, done); return p; }\n';
    const map = tracked.lastIndexOf('\n//# sourceMappingURL=');
    return {
      body:
        map < 0
          ? `${tracked}\n${helper}`
          : `${tracked.slice(0, map)}\n${helper}${tracked.slice(map + 1)}`,
    };
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  staticLogging: !process.stdout.isTTY,
  // One budget per test, for a machine whose cores are busy with other work: tests wait for
  // events and DOM state (test/helpers/wait.ts, whose waits give up well before this), so a
  // passing test takes no longer for it, and no file raises it.
  testFramework: { config: { timeout: 60_000 } },
  testsFinishTimeout: 8 * 60 * 1000,
  browserStartTimeout: 60000,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // a11ySnapshot(): the browser's accessibility tree (role, name, description) for tests.
  // reactEsmPlugin(): React (CommonJS only) as ES modules, for the tests of the React wrappers.
  // trackKitImports(): the kit's lazy imports, for `kitLoaded()` (after esbuild: it reads JavaScript).
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    trackKitImports,
    a11ySnapshotPlugin(),
    reactEsmPlugin(),
  ],
  reporters: [
    defaultReporter(),
    ...(process.stdout.isTTY ? [] : [summaryReporter({ flatten: false })]),
    ...(totalsFile ? [totalsReporter(totalsFile)] : []),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: ensureChromium(), headless: true, args: CHROMIUM_FLAGS },
      // One browser context (its own window) per test page: pages run side by side and none is a
      // background tab, so requestAnimationFrame and video frame callbacks keep firing.
      // Only one window has the focus; the others are told they have it too, so focus events,
      // :focus-visible and keyboard tests behave the same in every page.
      createPage: async ({ browser }) => {
        const page = await (await browser.createBrowserContext()).newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
};
