import 'server-only';
import { sendMail, type MailMessage } from './send';

/*
 * A minimal in-process queue. Callers enqueue after their transaction has committed, and the request does
 * not wait for the mail server: a slow SMTP hop then cannot reveal (by timing) whether a reset e-mail was
 * really sent, and a mail outage cannot fail or roll back the user's action. Failures are logged.
 * Replace with a durable queue when one exists; the call sites stay the same.
 */
const pending = new Set<Promise<unknown>>();

export function enqueueMail(message: MailMessage): void {
  const sending = sendMail(message)
    .catch((error: unknown) => console.error('[mail] sending failed', { to: message.to, subject: message.subject, error }))
    .finally(() => pending.delete(sending));
  pending.add(sending);
}

/** Waits for everything enqueued so far (tests, graceful shutdown). */
export async function flushMail(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}
