// The two other browser engines the examples' walkthrough runs in (test/examples/engines.mjs):
// Firefox ESR (driven by puppeteer-core over WebDriver BiDi) and WebKitGTK (its MiniBrowser,
// driven by WebKitWebDriver over classic WebDriver, under a virtual X display). All three come
// from Debian's packages (`firefox-esr`, `webkit2gtk-driver`, `xvfb`), never from a download.
// `node scripts/engines.mjs --install` installs what is missing (root only: CI runs it first);
// `node scripts/engines.mjs` prints what was found.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The Debian packages the two engines come from. */
export const ENGINE_PACKAGES = ['firefox-esr', 'webkit2gtk-driver', 'xvfb'];
export const INSTALL_HINT = `sudo apt-get install -y ${ENGINE_PACKAGES.join(' ')}`;

const first = (paths) => paths.find((path) => path && existsSync(path));
const WEBKIT_LIBS = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib'].flatMap(
  (lib) => [`${lib}/webkit2gtk-4.1`, `${lib}/webkit2gtk-4.0`, `${lib}/webkitgtk-6.0`],
);

/**
 * What is installed: `firefox` (the binary), `webkit` ({ driver, browser, xvfb } when all three
 * are there), and for each engine that is missing, what is missing.
 */
export function findEngines() {
  const firefox = first([
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/usr/lib/firefox-esr/firefox-esr',
  ]);
  const driver = first([
    process.env.WEBKIT_WEBDRIVER_PATH,
    '/usr/bin/WebKitWebDriver',
    ...WEBKIT_LIBS.map((dir) => `${dir}/WebKitWebDriver`),
  ]);
  const browser = first([
    process.env.WEBKIT_MINIBROWSER_PATH,
    ...WEBKIT_LIBS.map((dir) => `${dir}/MiniBrowser`),
  ]);
  const xvfb = first(['/usr/bin/Xvfb']);
  const missing = {
    firefox: firefox ? [] : ['Firefox (Debian package firefox-esr)'],
    webkit: [
      ...(driver ? [] : ['WebKitWebDriver (Debian package webkit2gtk-driver)']),
      ...(browser ? [] : ['MiniBrowser (Debian package webkit2gtk-driver)']),
      ...(xvfb ? [] : ['Xvfb (Debian package xvfb)']),
    ],
  };
  return {
    firefox,
    webkit: driver && browser && xvfb ? { driver, browser, xvfb } : undefined,
    missing,
  };
}

/**
 * Installs the engines' Debian packages with apt-get when one is missing and this process runs as
 * root (like `ensureChromium`); returns `findEngines()` afterwards.
 */
export function ensureEngines() {
  const found = findEngines();
  if (found.firefox && found.webkit) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) return found;
  console.log(
    `A browser engine is missing: installing ${ENGINE_PACKAGES.join(', ')} with apt-get…`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...ENGINE_PACKAGES], {
      stdio: 'inherit',
      env,
    });
  try {
    install();
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    install();
  }
  return findEngines();
}

/** Firefox preferences for an offline, unattended run (fake camera and microphone). */
export const FIREFOX_PREFS = {
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
  'permissions.default.camera': 1,
  'permissions.default.microphone': 1,
  'browser.shell.checkDefaultBrowser': false,
  'network.captive-portal-service.enabled': false,
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
};

/** MiniBrowser's options: automation, mock capture devices (WebKit's default autoplay policy). */
export const MINIBROWSER_ARGS = [
  '--automation',
  '--enable-media-stream=true',
  '--enable-mock-capture-devices=true',
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = process.argv.includes('--install') ? ensureEngines() : findEngines();
  console.log(`Firefox: ${found.firefox ?? `missing (${INSTALL_HINT})`}`);
  console.log(
    `WebKit: ${found.webkit ? `${found.webkit.browser} via ${found.webkit.driver}` : `missing ${found.missing.webkit.join(', ')} (${INSTALL_HINT})`}`,
  );
  if (process.argv.includes('--install') && !(found.firefox && found.webkit)) process.exitCode = 1;
}
