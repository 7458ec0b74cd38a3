import 'server-only';
import type PgBoss from 'pg-boss';
import { getBoss, MAIL_QUEUE } from './queue';
import { sendMail, type MailMessage } from './send';

/*
 * Delivering a queued e-mail. A thrown error fails the job; pg-boss then retries it after the queue's
 * backoff (MAIL_RETRY) and, once the retries are spent, marks it failed and copies it to the dead-letter
 * queue, where it stays for an operator to see (pgboss.job where name = 'mail_dead').
 */
async function deliver(job: PgBoss.Job<MailMessage>): Promise<void> {
  await sendMail(job.data);
}

/**
 * The app's worker: polls every second, one job per call so a failure fails only that job (pg-boss
 * completes the job when the handler resolves and fails it when it throws). Several app instances share
 * the queue safely: jobs are claimed with SKIP LOCKED.
 */
export async function startMailWorker(): Promise<void> {
  const boss = await getBoss(true);
  await boss.work<MailMessage>(MAIL_QUEUE, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => {
    if (job) await deliver(job);
  });
}

export type DrainOptions = { ignoreBackoff?: boolean };

/**
 * Delivers, in the calling process, every mail job that is due, until none is. `ignoreBackoff` also takes
 * jobs waiting out a retry delay, so a test can play the retries without sleeping.
 * Returns how many deliveries succeeded and failed.
 */
export async function drainMailQueue(options: DrainOptions = {}): Promise<{ sent: number; failed: number }> {
  const boss = await getBoss();
  const counts = { sent: 0, failed: 0 };
  for (;;) {
    const jobs = await boss.fetch<MailMessage>(MAIL_QUEUE, { batchSize: 20, ignoreStartAfter: options.ignoreBackoff ?? false });
    if (jobs.length === 0) return counts;
    for (const job of jobs) {
      try {
        await deliver(job);
        await boss.complete(MAIL_QUEUE, job.id);
        counts.sent += 1;
      } catch (error) {
        await boss.fail(MAIL_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) });
        counts.failed += 1;
        // A failed job is due again at once when backoff is ignored: leave it for the next call.
        if (options.ignoreBackoff) return counts;
      }
    }
  }
}
