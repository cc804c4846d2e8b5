import type * as axeCore from 'axe-core';
import type { AxeResults, Result, RunOptions } from 'axe-core';

type Axe = typeof axeCore;

let loading: Promise<Axe> | undefined;

/**
 * axe-core in the browser. Its `axe.min.js` is a UMD script that registers `window.axe` (as
 * chai-a11y-axe loads it), so the same copy is shared with `expect(el).to.be.accessible()`.
 */
function loadAxe(): Promise<Axe> {
  const win = window as unknown as { axe?: Axe };
  if (win.axe) return Promise.resolve(win.axe);
  loading ??= import('axe-core/axe.min.js' as string).then(() => {
    if (!win.axe) throw new Error('axe-core/axe.min.js did not register window.axe');
    return win.axe;
  });
  return loading;
}

/** One line per failing node: rule, impact, target (shadow hosts joined by " >>> "), help. */
export function formatViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map((node) => {
        const target = node.target
          .map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t)))
          .join(' | ');
        const why = node.failureSummary?.replace(/\s+/g, ' ').trim();
        return `- ${v.id} (${v.impact ?? 'n/a'}) at ${target}: ${v.help}${why ? ` — ${why}` : ''}\n  ${v.helpUrl}`;
      }),
    )
    .join('\n');
}

// axe runs one audit at a time: queue the calls.
let queue: Promise<unknown> = Promise.resolve();

/** Runs axe-core on `root` (shadow roots included) and returns its results. */
export function runAxe(root: Element, options: RunOptions = {}): Promise<AxeResults> {
  const run = queue.then(async () => {
    const axe = await loadAxe();
    return axe.run(root, { resultTypes: ['violations'], ...options });
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Fails with a readable list (rule id, target, help) when axe-core finds any violation in `root`.
 * `options` go to `axe.run`, e.g. `{ rules: { region: { enabled: false } } }` for a fragment.
 */
export async function expectNoAxeViolations(
  root: Element,
  options: RunOptions = {},
): Promise<void> {
  const { violations } = await runAxe(root, options);
  if (violations.length === 0) return;
  const count = violations.reduce((n, v) => n + v.nodes.length, 0);
  throw new Error(
    `axe-core found ${count} accessibility violation(s):\n${formatViolations(violations)}`,
  );
}
