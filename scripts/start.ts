/*
 * `npm start`: one command from a fresh clone to the running app. Starts the embedded Postgres when
 * DATABASE_URL is unset, applies migrations, seeds the demo into an empty database, builds when the
 * sources changed, then serves on PORT (3000). `npm run dev` does the same with `next dev`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { prepareAppDatabase, seedIfEmpty } from './lib/app-database';
import { ensureBuild } from './lib/build';
import { ensureAuthSecret } from './lib/secrets';
import { root } from './lib/source-hash';

const isDev = process.argv.includes('--dev');
const dataDir = path.join(root, '.data');

async function main() {
  const started = Date.now();
  const database = await prepareAppDatabase(dataDir);
  if (process.env.CODEFEST_SEED !== 'off') await seedIfEmpty(database.url);
  if (!isDev) ensureBuild();

  const port = process.env.PORT ?? '3000';
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: ensureAuthSecret(dataDir),
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: port,
  };
  const next = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), isDev ? 'dev' : 'start', '-p', port],
    { cwd: root, env, stdio: 'inherit' },
  );
  console.log(`\nCodeFest is starting on http://localhost:${port} (prepared in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next.exitCode === null) next.kill('SIGTERM');
    await database.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  next.on('exit', (code) => void stop(code ?? 0));
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
