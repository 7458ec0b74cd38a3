/*
 * Playwright's web server: a freshly migrated and seeded database for this run alone, then the
 * production build (`next start`) on localhost:3100. On SIGTERM it stops the app and drops the database.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDatabase, dropDatabase, runMigrations, withDatabase } from '../../scripts/lib/database';
import { seedIfEmpty } from '../../scripts/lib/app-database';
import { root } from '../../scripts/lib/source-hash';
import { resolveTestServer, uniqueDatabaseName } from '../../scripts/lib/test-server';
import { E2E_DB_URL_FILE, E2E_ENV, E2E_PORT } from './env';

async function main() {
  const server = await resolveTestServer();
  const name = uniqueDatabaseName('codefest_e2e');
  await createDatabase(server.serverUrl, name);
  const url = withDatabase(server.serverUrl, name);
  await runMigrations(url);
  await seedIfEmpty(url);
  // Fixtures create their own accounts and records in this run's database (see e2e/support/users.ts).
  mkdirSync(path.dirname(E2E_DB_URL_FILE), { recursive: true });
  writeFileSync(E2E_DB_URL_FILE, url);
  rmSync(E2E_ENV.MAIL_DIR, { recursive: true, force: true });
  mkdirSync(E2E_ENV.MAIL_DIR, { recursive: true });

  const app = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(E2E_PORT), '-H', 'localhost'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...E2E_ENV, DATABASE_URL: url, NODE_ENV: 'production' } },
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (app.exitCode === null) {
      app.kill('SIGTERM');
      await new Promise((resolve) => app.once('exit', resolve));
    }
    await dropDatabase(server.serverUrl, name).catch((error) => console.error('could not drop', name, error));
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  app.on('exit', () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
