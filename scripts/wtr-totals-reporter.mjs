// A @web/test-runner reporter that writes the run's totals to a JSON file (for scripts/test.mjs).
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

/** @param {string} file where to write `{ passed, failed, skipped, files }` */
export function totalsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that fails to load, or errors outside a test, counts as one failed test.
        if (!session.passed && (session.errors?.length || !session.testResults)) totals.failed++;
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
