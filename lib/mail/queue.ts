import 'server-only';
import PgBoss from 'pg-boss';

/*
 * The durable job queue: pg-boss keeps jobs in the application's own Postgres (schema `pgboss`), so a
 * queued e-mail survives a restart, is retried with backoff when the mail server fails, and ends up
 * visible as failed (and copied to the dead-letter queue) when it never gets through. No second service.
 *
 * One PgBoss per process, shared through globalThis because Next bundles instrumentation.ts and the
 * server actions separately (two module instances, one process). The first caller decides whether this
 * process also runs maintenance and cron (the app server: instrumentation.ts) or only sends (tests,
 * scripts).
 */
export const MAIL_QUEUE = 'mail';
export const MAIL_DEAD_QUEUE = 'mail_dead';
export const NOTIFICATIONS_SCAN_QUEUE = 'notifications_scan';

/** Five retries after the first attempt, 30 s, 60 s, 120 s ... apart: about 15 minutes of mail outage. */
export const MAIL_RETRY = { retryLimit: 5, retryDelay: 30, retryBackoff: true } as const;

type Holder = { codefestBoss?: Promise<PgBoss> };
const holder = globalThis as unknown as Holder;

async function createQueueOnce(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, 'name'>) {
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, { name, ...options });
  } catch (error) {
    // Two processes starting at once: the other one created it between our check and our insert.
    if (!(await boss.getQueue(name))) throw error;
  }
}

async function open(runsMaintenance: boolean): Promise<PgBoss> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: the mail queue needs the application database');
  const boss = new PgBoss({
    connectionString: url,
    max: Number(process.env.QUEUE_POOL_MAX ?? 3),
    application_name: 'codefest-queue',
    supervise: runsMaintenance,
    schedule: runsMaintenance,
    // The schema is created (and upgraded) on first start, under pg-boss's own advisory lock.
    migrate: true,
  });
  boss.on('error', (error) => console.error('[queue]', error));
  await boss.start();
  await createQueueOnce(boss, MAIL_DEAD_QUEUE, { retryLimit: 0 });
  await createQueueOnce(boss, MAIL_QUEUE, { ...MAIL_RETRY, deadLetter: MAIL_DEAD_QUEUE });
  await createQueueOnce(boss, NOTIFICATIONS_SCAN_QUEUE, { retryLimit: 0 });
  return boss;
}

/** The process's queue handle; `runsMaintenance` only matters for the first call. */
export function getBoss(runsMaintenance = false): Promise<PgBoss> {
  holder.codefestBoss ??= open(runsMaintenance).catch((error: unknown) => {
    holder.codefestBoss = undefined;
    throw error;
  });
  return holder.codefestBoss;
}

/** Closes the handle (tests' afterAll, graceful shutdown). */
export async function closeBoss(): Promise<void> {
  const pending = holder.codefestBoss;
  holder.codefestBoss = undefined;
  if (pending) await (await pending).stop({ graceful: false, wait: true, timeout: 2000 });
}
