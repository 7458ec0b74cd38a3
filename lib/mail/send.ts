import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';

export type MailMessage = { to: string; subject: string; text: string; html?: string };

// One pooled transport per SMTP_URL: a changed URL (an operator's fix, a test) takes effect at once.
let transport: { url: string; transporter: Transporter } | undefined;

/**
 * Sends through SMTP when SMTP_URL is set. Otherwise (development, tests, a demo without a mail server)
 * each message becomes a JSON file in MAIL_DIR, so people and e2e tests can still follow the links.
 * Returns where the message went (the file path, or the SMTP message id).
 */
export async function sendMail(message: MailMessage): Promise<string> {
  const smtpUrl = process.env.SMTP_URL;
  if (smtpUrl) {
    if (transport?.url !== smtpUrl) transport = { url: smtpUrl, transporter: nodemailer.createTransport(smtpUrl) };
    const info = await transport.transporter.sendMail({
      from: process.env.MAIL_FROM ?? 'CodeFest <no-reply@codefest.localhost>',
      ...message,
    });
    return String(info.messageId);
  }
  // A runtime folder, not a source file: the ignore comment keeps Turbopack from tracing the whole project.
  const dir = path.resolve(/*turbopackIgnore: true*/ process.env.MAIL_DIR ?? '.data/mail');
  await mkdir(dir, { recursive: true });
  // Time first, so a directory listing sorts oldest to newest; the random part keeps names unique.
  const file = path.join(dir, `${Date.now()}-${randomBytes(4).toString('hex')}.json`);
  const body = { ...message, createdAt: new Date().toISOString() };
  await writeFile(file, JSON.stringify(body, null, 2), { encoding: 'utf8', flag: 'wx' });
  console.log(`[mail] ${file}: ${message.subject}`);
  return file;
}
