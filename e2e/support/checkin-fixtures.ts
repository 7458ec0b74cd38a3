import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QUIET_ZONE, qrMatrix } from '../../lib/checkin/qr';
import { createUser, e2eDatabase, type FixtureUser } from './users';

/*
 * The check-in spec's own published event, organized by the demo organizer, with admitted people inserted
 * directly (registration has its own spec). A minor is who registered with a guardian's consent.
 */
export async function checkInEvent(): Promise<{ slug: string; eventId: string }> {
  const sql = e2eDatabase();
  const slug = `checkin-${randomUUID().slice(0, 8)}`;
  const [event] = await sql<{ id: string }[]>`
    insert into events (slug, title_zh, title_en, is_published, registration_opens_at, registration_closes_at,
      hacking_starts_at, submission_deadline, judging_ends_at)
    values (${slug}, '報到測試黑客松', 'Check-in test hackathon', true, now() - interval '10 days', now() - interval '2 days',
      now() + interval '1 hour', now() + interval '2 days', now() + interval '9 days')
    returning id`;
  await sql`insert into event_roles (event_id, user_id, role)
    select ${event!.id}, id, 'organizer' from users where email = 'organizer@codefest.example'`;
  return { slug, eventId: event!.id };
}

export async function admittedPerson(eventId: string, name: string, options: { minor?: boolean } = {}): Promise<FixtureUser & { code: string }> {
  const user = await createUser(name);
  const minor = options.minor ?? false;
  const [row] = await e2eDatabase()<{ check_in_code: string }[]>`
    insert into registrations (event_id, user_id, status, display_name, consent_rules_at, consent_data_at,
      guardian_name, guardian_contact, guardian_consent_at)
    values (${eventId}, ${user.id}, 'admitted', ${name}, now(), now(),
      ${minor ? '王美玲' : null}, ${minor ? '0912-345-678' : null}, ${minor ? new Date() : null})
    returning check_in_code`;
  return { ...user, code: row!.check_in_code };
}

/**
 * A Y4M clip (what Chromium's fake camera plays) of one still frame showing the QR of `code`, dark on light
 * grey, centred: 320x240, 4:2:0, so Y is the picture and U/V are neutral.
 */
export function qrVideoFile(code: string): string {
  const [width, height, scale] = [320, 240, 7];
  const { size, isDark } = qrMatrix(code);
  const side = (size + 2 * QUIET_ZONE) * scale;
  const [ox, oy] = [Math.floor((width - side) / 2), Math.floor((height - side) / 2)];
  const luma = Buffer.alloc(width * height, 225);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const col = Math.floor((x - ox) / scale) - QUIET_ZONE;
      const row = Math.floor((y - oy) / scale) - QUIET_ZONE;
      if (row >= 0 && col >= 0 && row < size && col < size && isDark(row, col)) luma[y * width + x] = 20;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const file = path.join(tmpdir(), `checkin-${code}.y4m`);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
  return file;
}
