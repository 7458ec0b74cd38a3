import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { requestPasswordReset } from '@/lib/accounts/password-reset';
import { signUp } from '@/lib/accounts/sign-up';
import { drainMailQueue, startMailWorker } from '@/lib/mail/delivery';
import { enqueueMail, enqueueMailIn, flushMail } from '@/lib/mail/outbox';
import { closeBoss, getBoss, MAIL_DEAD_QUEUE, MAIL_QUEUE, MAIL_RETRY } from '@/lib/mail/queue';

/*
 * The durable outbox against the real database: jobs live in pgboss.job, failures are retried with
 * backoff, jobs that never get through end failed and in the dead-letter queue, and the request that
 * queues a mail does not wait for the mail server. A refused SMTP connection (port 1) is a real failing
 * transport; a TCP server that never greets is a real hanging one.
 */
let mailDir: string;
let counter = 0;
const address = () => `queue${Date.now()}-${counter++}@example.tw`;

type JobRow = { id: string; state: string; retry_count: number; waits: boolean; output: unknown };
async function jobsTo(to: string, queue = MAIL_QUEUE): Promise<JobRow[]> {
  const rows = await db.execute(
    sql`select id, state, retry_count, start_after > now() as waits, output from pgboss.job where name = ${queue} and data->>'to' = ${to} order by created_on`,
  );
  return rows as unknown as JobRow[];
}
const filesTo = async (to: string) => {
  const files = await readdir(mailDir);
  const bodies = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(mailDir, f), 'utf8')) as { to: string }));
  return bodies.filter((b) => b.to === to);
};

beforeAll(async () => {
  mailDir = await mkdtemp(path.join(tmpdir(), 'codefest-queue-'));
  await getBoss();
});
beforeEach(() => {
  delete process.env.SMTP_URL;
  process.env.MAIL_DIR = mailDir;
});
afterAll(async () => {
  await closeBoss();
});

describe('enqueueMailIn', () => {
  it('queues the job in the caller transaction: gone on rollback, there on commit', async () => {
    const kept = address();
    const dropped = address();
    await db
      .transaction(async (tx) => {
        await enqueueMailIn(tx, [{ to: dropped, subject: 's', text: 't' }]);
        expect(await jobsTo(dropped)).toEqual([]); // not visible outside the transaction yet
        throw new Error('roll back');
      })
      .catch(() => {});
    await db.transaction(async (tx) => enqueueMailIn(tx, [{ to: kept, subject: 'Hello', text: '你好' }]));
    expect(await jobsTo(dropped)).toEqual([]);
    expect((await jobsTo(kept)).map((j) => j.state)).toEqual(['created']);
    await flushMail();
    expect(await filesTo(kept)).toHaveLength(1);
    expect((await jobsTo(kept))[0]?.state).toBe('completed');
  });
});

describe('delivery', () => {
  it('retries a failing transport after a backoff delay, and succeeds once the transport works', async () => {
    const to = address();
    process.env.SMTP_URL = 'smtp://127.0.0.1:1';
    enqueueMail({ to, subject: 'Retry me', text: 'body' });
    await flushMail();
    const [afterFailure] = await jobsTo(to);
    // pg-boss counts retries as it starts them: 0 until the second attempt begins.
    expect(afterFailure).toMatchObject({ state: 'retry', retry_count: 0, waits: true });
    expect(JSON.stringify(afterFailure?.output)).toMatch(/ECONNREFUSED|connect/i);
    expect(await filesTo(to)).toEqual([]);

    // The delay is respected: a plain drain does not pick the job up before its time.
    expect((await drainMailQueue()).sent).toBe(0);

    delete process.env.SMTP_URL; // the mail server is back (here: the file transport)
    expect(await drainMailQueue({ ignoreBackoff: true })).toEqual({ sent: 1, failed: 0 });
    expect((await jobsTo(to))[0]?.state).toBe('completed');
    expect(await filesTo(to)).toHaveLength(1);
  });

  it(`a mail that always fails ends failed after ${MAIL_RETRY.retryLimit + 1} attempts, copied to the dead-letter queue`, async () => {
    const to = address();
    process.env.SMTP_URL = 'smtp://127.0.0.1:1';
    enqueueMail({ to, subject: 'Never', text: 'body' });
    await flushMail();
    for (let attempt = 2; attempt <= MAIL_RETRY.retryLimit; attempt += 1) {
      await drainMailQueue({ ignoreBackoff: true });
      expect((await jobsTo(to))[0]).toMatchObject({ state: 'retry', retry_count: attempt - 1 });
    }
    await drainMailQueue({ ignoreBackoff: true }); // the last attempt
    expect((await jobsTo(to))[0]?.state).toBe('failed');
    expect(await drainMailQueue({ ignoreBackoff: true })).toEqual({ sent: 0, failed: 0 });
    const dead = await jobsTo(to, MAIL_DEAD_QUEUE);
    expect(dead).toHaveLength(1);
    expect(await filesTo(to)).toEqual([]);
  });
});

describe('the worker', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await closeBoss();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('the request that queues a mail returns while the worker is still stuck on a mail server that never answers', async () => {
    silent = createServer((socket) => sockets.push(socket)); // accepts connections, never sends the SMTP greeting
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    const email = address();
    const signed = await signUp({ name: 'Queue', email, password: 'a good long password', preferredLocale: 'en' }, { ip: '192.0.2.77' });
    expect(signed.ok).toBe(true);

    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    await startMailWorker();
    const started = performance.now();
    expect(await requestPasswordReset({ email }, { ip: '192.0.2.78', origin: 'http://codefest.test' })).toEqual({ ok: true, data: null });
    const took = performance.now() - started;
    expect(took).toBeLessThan(2000);

    // The worker picks the job up and hangs on the silent server, while the request has long returned.
    await expect
      .poll(async () => (await jobsTo(email))[0]?.state, { timeout: 15_000, interval: 250 })
      .toBe('active');
    expect(await filesTo(email)).toEqual([]);
  });
});
