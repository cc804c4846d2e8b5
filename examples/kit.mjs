// `node ../kit.mjs`: run by each example before it builds, type-checks or serves (its "prebuild",
// "precheck", "predev" / "prestart" scripts), so that an example works from a fresh clone.
//
// The examples install the kit as a package ("realtimekit-lit": "file:../.."): a link to this
// repository, whose package.json exports the built files in dist/ (as the published package
// does). A fresh clone has no dist/ and no node_modules/ at its root, so this script, in the
// repository root:
//   1. runs `npm install` when the root's packages are missing (the kit's own dependencies, Lit
//      and the few others, come from there, and so do its build tools);
//   2. runs `npm run build` when dist/ is missing or older than the sources.
// When both are in place (the usual case) it only compares a few dates. `npm run examples` (and
// so `npm test`) builds the kit once before it builds the examples, and sets
// REALTIMEKIT_LIT_KIT_BUILT=1 so that each example uses that build as it is.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

/** The newest modification time of any file under `dir`. */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      time = Math.max(time, mtime(join(entry.parentPath ?? entry.path, entry.name)));
  }
  return time;
}

function npm(args) {
  console.log(`realtimekit-lit: npm ${args.join(' ')} (in ${root})`);
  const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`realtimekit-lit: npm ${args.join(' ')} failed in ${root}`);
    process.exit(result.status ?? 1);
  }
}

if (process.env.REALTIMEKIT_LIT_KIT_BUILT === '1') process.exit(0);

if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  npm(['install', '--no-audit', '--no-fund']);
}

const built = Math.min(
  mtime(join(root, 'dist', 'index.js')),
  mtime(join(root, 'dist', 'index.d.ts')),
  mtime(join(root, 'dist', 'cdn', 'realtimekit-lit.js')),
);
const sources = Math.max(
  newest(join(root, 'src')),
  mtime(join(root, 'rollup.config.mjs')),
  mtime(join(root, 'tsconfig.build.json')),
  mtime(join(root, 'package.json')),
);
if (built <= sources) npm(['run', 'build']);
