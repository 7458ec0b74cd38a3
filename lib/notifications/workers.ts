import 'server-only';
import { startMailWorker } from '@/lib/mail/delivery';
import { getBoss, NOTIFICATIONS_SCAN_QUEUE } from '@/lib/mail/queue';
import { scanNotifications } from './scan';

/*
 * The app process's background work (started by instrumentation.ts): the mail worker, and the minute
 * cron that finds due reminders and results notices. pg-boss's scheduler puts one scan job per minute in
 * the queue however many instances run; were two scans ever to overlap, sent_notifications still lets
 * each notice out once.
 */
export async function startWorkers(): Promise<void> {
  const boss = await getBoss(true);
  await startMailWorker();
  await boss.schedule(NOTIFICATIONS_SCAN_QUEUE, '* * * * *');
  await boss.work(NOTIFICATIONS_SCAN_QUEUE, { pollingIntervalSeconds: 10 }, async () => {
    const sent = await scanNotifications();
    if (sent.deadline_24h + sent.deadline_1h + sent.results_published > 0) console.log('[notifications]', sent);
  });
}
