/*
 * The physical limit of a submission save: the statements saveSubmissionAction makes the database run
 * (getActor's account read, then lib/submissions/save.ts's transaction), issued straight through
 * postgres.js, with no Next, no HTTP, no React. Statement for statement, in order:
 *   loadActor:            select the account                               (outside the transaction)
 *   lockTeamOfActor:      events FOR SHARE; the membership; teams FOR SHARE; statement_timestamp() + member count
 *   parseContent:         the event's submission questions; its checklist items
 *   writeContent:         the current submission; UPDATE ... WHERE id AND version (deadline trigger fires);
 *                         the revision row; the audit row
 * Validation (zod) is left out: it is CPU in Node, not database work.
 */
import type postgres from 'postgres';
import type { RushFixture } from './load-fixture-rush';
import { rushContent } from './load-fixture-rush';

export async function saveSubmissionDirect(
  sql: postgres.Sql,
  fixture: RushFixture,
  i: number,
  round: number,
  version: number,
): Promise<{ saved: boolean; version: number }> {
  const p = fixture.participants[i]!;
  const c = rushContent(fixture, i, round);
  const [actor] = await sql`select id, email, name, is_site_admin, disabled_at, session_version from users where id = ${p.userId} limit 1`;
  if (!actor) throw new Error('no actor');
  return sql.begin(async (tx) => {
    const [event] = await tx`select * from events where id = ${fixture.eventId} for share`;
    if (!event) throw new Error('no event');
    const [membership] = await tx`select team_id from team_members where event_id = ${fixture.eventId} and user_id = ${p.userId}`;
    const [team] = await tx`select * from teams where id = ${membership!.team_id} for share`;
    await tx`select statement_timestamp() as now, (select count(*)::int from team_members where team_id = ${team!.id}) as members`;
    await tx`select id, kind, is_required, options from custom_questions where event_id = ${fixture.eventId} and scope = 'submission' order by position`;
    await tx`select id from compliance_items where event_id = ${fixture.eventId} order by position`;
    const [current] = await tx`select * from submissions where team_id = ${team!.id}`;
    const technologies = c.technologies.split(',').map((t) => t.trim());
    const answers = c.answers;
    const compliance = { [fixture.complianceItemId]: true };
    const [saved] = await tx<{ id: string; version: number }[]>`
      update submissions set title = ${c.title}, tagline = ${c.tagline}, description = ${c.description}, track_id = null,
        repository_url = ${c.repositoryUrl}, demo_url = ${c.demoUrl}, video_url = null, slides_url = null,
        technologies = ${technologies}, answers = ${tx.json(answers)}, compliance = ${tx.json(compliance)},
        version = version + 1, updated_by = ${p.userId}, updated_at = statement_timestamp()
      where id = ${current!.id} and version = ${version}
      returning id, version`;
    if (!saved) return { saved: false, version };
    const snapshot = { title: c.title, tagline: c.tagline, description: c.description, trackId: null, repositoryUrl: c.repositoryUrl, demoUrl: c.demoUrl, videoUrl: null, slidesUrl: null, technologies, answers, compliance, status: current!.status };
    await tx`insert into submission_revisions (submission_id, version, snapshot, edited_by) values (${saved.id}, ${saved.version}, ${tx.json(snapshot)}, ${p.userId})`;
    await tx`
      insert into audit_log (actor_id, event_id, action, entity_type, entity_id, data)
      values (${p.userId}, ${fixture.eventId}, 'submission.save', 'submission', ${saved.id}, ${tx.json({ version: saved.version, title: c.title, resolvedConflictId: null })})`;
    return { saved: true, version: saved.version };
  });
}
