// Proves that the generated types catch mistakes: runs vue-tsc on tsconfig.type-tests.json (the
// deliberately wrong components in type-tests/) and passes only if vue-tsc fails with exactly the
// errors marked there. A marker `<!-- expect-error TS2322 -->` at the end of a template line
// expects that error code on that line; an error on an unmarked line fails the check too.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('..', import.meta.url));
const testsDir = join(dir, 'type-tests');

/** `file:line` → expected TS code, from the markers in type-tests/. */
const expected = new Map();
for (const name of readdirSync(testsDir)
  .filter((f) => f.endsWith('.vue'))
  .sort()) {
  const file = relative(dir, join(testsDir, name));
  readFileSync(join(testsDir, name), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const marker = /<!--\s*expect-error\s+(TS\d+)\s*-->/.exec(line);
      if (marker)
        expected.set(`${file}:${i + 1}`, {
          code: marker[1],
          source: line.replace(marker[0], '').trim(),
        });
    });
}

const result = spawnSync(
  process.execPath,
  [
    join(dir, 'node_modules/vue-tsc/bin/vue-tsc.js'),
    '--noEmit',
    '--pretty',
    'false',
    '-p',
    'tsconfig.type-tests.json',
  ],
  { cwd: dir, encoding: 'utf8' },
);
const output = `${result.stdout}${result.stderr}`;

/** Each diagnostic: its first line `file(line,col): error TSxxxx: message`, then its detail lines. */
const errors = [];
for (const line of output.split('\n')) {
  const head = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
  if (head) errors.push({ file: head[1], line: Number(head[2]), code: head[4], text: [line] });
  else if (errors.length && line.startsWith(' ')) errors.at(-1).text.push(line);
}

const problems = [];
if (result.status === 0) problems.push('vue-tsc passed, but the type tests must fail');
for (const error of errors) {
  const want = expected.get(`${error.file}:${error.line}`);
  if (!want) problems.push(`unexpected error:\n${error.text.join('\n')}`);
  else if (want.code !== error.code)
    problems.push(`expected ${want.code}, got:\n${error.text.join('\n')}`);
}
for (const [where, want] of expected) {
  const [file, line] = where.split(':');
  if (!errors.some((e) => e.file === file && e.line === Number(line) && e.code === want.code)) {
    problems.push(`no ${want.code} at ${where}: ${want.source}`);
  }
}

if (problems.length) {
  console.error(`type tests: FAILED\n${problems.join('\n')}\n\nvue-tsc output:\n${output}`);
  process.exit(1);
}
console.log(`type tests: vue-tsc rejected all ${expected.size} wrong bindings, as it should:`);
for (const error of errors) console.log(`  ${error.text.join('\n  ')}`);
