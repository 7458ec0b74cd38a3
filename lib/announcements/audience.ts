import 'server-only';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import type { Audience } from '@/lib/validation/announcements';

/*
 * Who an announcement is for, as one definition used twice: to e-mail the audience when it is published,
 * and to decide whether a signed-in person sees it on their dashboard or judge page.
 *   public         everyone; e-mailed to every registrant still in the event (not rejected/withdrawn)
 *   participants   admitted registrants
 *   no_submission  members of teams still in the event that have not submitted a project
 *   judges         the event's judges whose role was not revoked
 */
const TEAM_OUT = sql`('rejected', 'withdrawn', 'disqualified')`;

function audienceMembers(eventId: string, audience: Audience) {
  switch (audience) {
    case 'public':
      return sql`select r.user_id from registrations r where r.event_id = ${eventId} and r.status not in ('rejected', 'withdrawn')`;
    case 'participants':
      return sql`select r.user_id from registrations r where r.event_id = ${eventId} and r.status = 'admitted'`;
    case 'no_submission':
      return sql`select m.user_id from team_members m join teams t on t.id = m.team_id
        where t.event_id = ${eventId} and t.status not in ${TEAM_OUT}
          and not exists (select 1 from submissions s where s.team_id = t.id and s.status = 'submitted')`;
    case 'judges':
      return sql`select er.user_id from event_roles er where er.event_id = ${eventId} and er.role = 'judge' and er.revoked_at is null`;
  }
}

export type AudienceRecipient = { email: string; locale: string };

/** Everyone to e-mail for this audience, each once, with their preferred language. */
export async function audienceRecipients(executor: DbOrTx, eventId: string, audience: Audience): Promise<AudienceRecipient[]> {
  const rows = await executor.execute(sql`
    select u.email, u.preferred_locale as locale from users u
    where u.disabled_at is null and u.id in (${audienceMembers(eventId, audience)})
    order by u.email`);
  return rows as unknown as AudienceRecipient[];
}

/** The audiences this person belongs to in this event ('public' always). */
export async function audiencesOf(executor: DbOrTx, eventId: string, userId: string | null): Promise<Audience[]> {
  if (!userId) return ['public'];
  const checks = (['participants', 'no_submission', 'judges'] as const).map(
    (audience) => sql`select ${audience}::text as audience where ${userId}::uuid in (${audienceMembers(eventId, audience)})`,
  );
  const rows = (await executor.execute(sql.join(checks, sql` union all `))) as unknown as { audience: Audience }[];
  return ['public', ...rows.map((r) => r.audience)];
}
