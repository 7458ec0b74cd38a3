/*
 * Runs once when a Next server process starts. It starts the queue workers here, inside the app process,
 * rather than in scripts/start.ts: the e2e server and any production host run `next start` directly, and
 * every one of them must deliver mail; scripts/start.ts only wraps one of those ways in. Several app
 * instances may each run workers: pg-boss hands each job to one of them, and the notices that must go out
 * once are guarded by a unique key (sent_notifications).
 *
 * Only in the Node.js runtime, never at build time, and not when CODEFEST_WORKERS=off (an operator who
 * runs the workers elsewhere). Start-up does not wait for the queue: a database hiccup must not keep the
 * site from serving pages; the error is logged and the jobs wait in Postgres.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.CODEFEST_WORKERS === 'off') return;
  if (!process.env.DATABASE_URL) return;
  const { startWorkers } = await import('./lib/notifications/workers');
  startWorkers().catch((error: unknown) => console.error('[queue] workers did not start', error));
}
