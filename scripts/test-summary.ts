/*
 * One closing line for the whole suite, from the JSON reports of Vitest (unit, integration) and
 * Playwright (e2e): per level, then the plain total "N passed, N failed" that CI reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

type Counts = { passed: number; failed: number; skipped: number };
const dir = path.resolve(import.meta.dirname, '../reports');

function vitest(file: string): Counts | null {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwright(file: string): Counts | null {
  if (!existsSync(file)) return null;
  const s = JSON.parse(readFileSync(file, 'utf8')).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

const levels: [string, Counts | null][] = [
  ['unit', vitest(path.join(dir, 'unit.json'))],
  ['integration', vitest(path.join(dir, 'integration.json'))],
  ['e2e', playwright(path.join(dir, 'e2e.json'))],
];
// The reliability run (`npm run test:reliability`, which .ci/run calls after `npm test`) counts when it ran.
for (const [name, file] of [['hostile input ×10,000', 'hostile-10k.json'], ['reliability', 'reliability.json']] as const) {
  if (existsSync(path.join(dir, file))) levels.push([name, vitest(path.join(dir, file))]);
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const [name, counts] of levels) {
  if (!counts) {
    console.log(`${name}: no report`);
    total.failed += 1;
    continue;
  }
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
