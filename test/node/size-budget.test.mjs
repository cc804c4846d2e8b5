// Size budget: bytes are deterministic, so they are tested. A joined meeting (host, participant,
// webinar viewer) may load at most 45 KB gzip of kit code with Lit, lazy chunks included, measured
// as `npm run bench` measures it (the same function, bench/bytes.mjs: rtk-meeting built from src/
// as an app's Rollup build would, opened joined in Chromium, every kit script it requested). One
// `rtk-participant-tile` single-tag import has a goal of 12 KB up front: reported, not enforced.
//
// RTK_JOINED_BUDGET_KB=40 node --test test/node/size-budget.test.mjs tries another budget.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  JOINED_BUDGET,
  KB,
  TILE_ENTRY,
  TILE_GOAL,
  eagerGzipOf,
  kb,
  measureJoinedBytes,
} from '../../bench/bytes.mjs';

const budget = process.env.RTK_JOINED_BUDGET_KB
  ? Math.round(Number(process.env.RTK_JOINED_BUDGET_KB) * KB)
  : JOINED_BUDGET;
assert.ok(
  budget > 0,
  `RTK_JOINED_BUDGET_KB must be a positive number of KB, not "${process.env.RTK_JOINED_BUDGET_KB}"`,
);

const exact = (bytes) => `${bytes} bytes (${(bytes / KB).toFixed(2)} KB)`;

test(
  `a joined meeting loads at most ${kb(budget)} gzip (host, participant, webinar viewer)`,
  { timeout: 240_000 },
  async (t) => {
    const started = Date.now();
    const joined = await measureJoinedBytes();
    for (const [preset, { gzip, files }] of Object.entries(joined)) {
      t.diagnostic(
        `joined meeting, ${preset}: ${exact(gzip)} gzip in ${files} script files; budget ${exact(budget)}`,
      );
    }
    t.diagnostic(`built and measured in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const over = Object.entries(joined).filter(([, { gzip }]) => gzip > budget);
    if (over.length === 0) return;
    const lines = over.map(([preset, { gzip, chunks }]) => {
      const largest = chunks
        .slice(0, 5)
        .map((c) => `${c.file} ${c.gzip}`)
        .join(', ');
      return `  ${preset}: ${exact(gzip)}, ${gzip - budget} bytes over; largest chunks (gzip bytes): ${largest}`;
    });
    assert.fail(
      [
        `A joined meeting loads more than the ${kb(budget)} gzip budget (${budget} bytes of kit + Lit, lazy chunks included):`,
        ...lines,
        'Split code that a joined meeting does not need at once behind import(), or trim what it renders;',
        '`npm run bench` prints the same figures. The budget is JOINED_BUDGET in bench/bytes.mjs.',
      ].join('\n'),
    );
  },
);

test(`rtk-participant-tile single-tag import: goal ${kb(TILE_GOAL)} gzip up front (reported, not enforced)`, async (t) => {
  const tile = await eagerGzipOf(TILE_ENTRY);
  const verdict =
    tile.gzip <= TILE_GOAL ? 'within the goal' : `${tile.gzip - TILE_GOAL} bytes over the goal`;
  t.diagnostic(
    `rtk-participant-tile up front: ${exact(tile.gzip)} gzip, ${verdict} (${exact(TILE_GOAL)}); menu on first open +${exact(tile.lazyGzip)}`,
  );
});
