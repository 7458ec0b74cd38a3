import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { DbOrTx } from '@/db/client';
import { drainMailQueue } from './delivery';
import { getBoss, MAIL_QUEUE } from './queue';
import type { MailMessage } from './send';

/*
 * The outbox: every e-mail becomes a pg-boss job in Postgres, delivered by the worker that
 * instrumentation.ts starts in the app process. The request that enqueues never waits for the mail
 * server: a slow SMTP hop then cannot reveal (by timing) whether a reset e-mail was really sent, and a
 * mail outage cannot fail or roll back the user's action; a failed send is retried with backoff.
 *
 * Two ways in:
 * - enqueueMailIn(tx, ...) inserts the job in the caller's transaction: the mail exists if and only if
 *   the change committed. New code uses this.
 * - enqueueMail(...) is the older fire-and-forget call made right after a commit; it keeps its
 *   signature so its many call sites stay as they are. The insert happens in the background; a crash in
 *   the milliseconds between commit and insert is the one way such a mail can be lost.
 */
const pendingInserts = new Set<Promise<unknown>>();

export function enqueueMail(message: MailMessage): void {
  const inserting = getBoss()
    .then((boss) => boss.send(MAIL_QUEUE, message))
    .catch((error: unknown) => console.error('[mail] could not queue', { to: message.to, subject: message.subject, error }))
    .finally(() => pendingInserts.delete(inserting));
  pendingInserts.add(inserting);
}

/**
 * pg-boss accepts any executor with executeSql(text, values): this one runs its INSERT through a
 * Drizzle transaction. Placeholders become Drizzle parameters; objects (the job data) go as JSON text,
 * which the statement casts to jsonb.
 */
function executorOf(tx: DbOrTx): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const parts = text.split(/\$(\d+)/);
      const chunks: SQL[] = parts.map((part, i) => {
        if (i % 2 === 0) return sql.raw(part);
        const value = values[Number(part) - 1];
        const param = value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value;
        return sql`${param ?? null}`;
      });
      const rows = await tx.execute(sql.join(chunks, sql.raw('')));
      return { rows: [...(rows as unknown as Record<string, unknown>[])] };
    },
  };
}

/** Queues the messages inside the caller's transaction (one job per recipient). */
export async function enqueueMailIn(tx: DbOrTx, messages: readonly MailMessage[]): Promise<void> {
  if (messages.length === 0) return;
  const boss = await getBoss();
  const db = executorOf(tx);
  for (const message of messages) await boss.send(MAIL_QUEUE, message, { db });
}

/**
 * Tests and scripts: waits for background inserts, then delivers every job that is due now, in this
 * process, until none is left. The app itself never calls it: its worker does the delivering.
 */
export async function flushMail(): Promise<void> {
  while (pendingInserts.size > 0) await Promise.all([...pendingInserts]);
  await drainMailQueue();
}
