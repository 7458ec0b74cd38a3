/*
 * Self-check of bench/lib/action-client.ts and bench/lib/session-cookie.ts against the real production
 * build (no test runner can host `next start`): `flock /tmp/heavy.lock npx tsx bench/lib/action-client.check.ts`.
 * A fresh seeded database, next start on :3221, then the demo participant (signed in by a forged-but-valid
 * Auth.js cookie) saves their team's autumn project through saveSubmissionAction over HTTP:
 *   1. a save answers the "saved" redirect and the row's version and title changed in the database;
 *   2. an empty title answers the action's FormState (decoded from the Flight payload) with the field error;
 *   3. a stale version answers the conflict redirect; 4. no cookie, and a cookie of an older session
 *   version, answer the sign-in redirect. Any mismatch exits 1.
 * The autumn event's deadline has passed in the seed (judging is open), so the team gets an organizer's
 * extension (teams.deadline_extended_until) of one hour first, the same way an organizer grants one.
 */
import { startBenchApp } from './app-server';
import { actionIdOf, callAction } from './action-client';
import { sessionCookieFor } from './session-cookie';

const PORT = 3221;
const SECRET = 'bench-action-client-check-secret-0123456789abcdef';
const ACTIONS = 'app/[locale]/events/[slug]/submission/actions.ts';

let failures = 0;
function expect(what: string, ok: boolean, detail: unknown) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok ? '' : `: ${JSON.stringify(detail)}`}`);
  if (!ok) failures++;
}

async function main() {
  const app = await startBenchApp(PORT, { AUTH_SECRET: SECRET });
  try {
    const actionId = actionIdOf(ACTIONS, 'saveSubmissionAction'); // after the (re)build startBenchApp may do
    const [row] = await app.sql<{ userId: string; eventId: string; slug: string; teamId: string }[]>`
      select u.id as "userId", e.id as "eventId", e.slug, tm.team_id as "teamId"
      from users u join team_members tm on tm.user_id = u.id join events e on e.id = tm.event_id
      where u.email = 'participant@codefest.example' and e.slug = 'codefest-taipei-2026-autumn'`;
    if (!row) throw new Error('the seed has no autumn team for participant@codefest.example');
    await app.sql`update teams set deadline_extended_until = now() + interval '1 hour' where id = ${row.teamId}`;
    const [before] = await app.sql<{ version: number; title: string; answers: Record<string, unknown>; compliance: Record<string, boolean> }[]>`
      select version, title, answers, compliance from submissions where team_id = ${row.teamId}`;
    if (!before) throw new Error('the demo team has no autumn submission in the seed');
    const cookie = await sessionCookieFor(row.userId, { secret: SECRET, sql: app.sql });
    const pagePath = `/en/events/${row.slug}/submission`;

    const form = (over: Record<string, string>) => {
      const fd = new FormData();
      const fields: Record<string, string> = {
        locale: 'en',
        slug: row.slug,
        eventId: row.eventId,
        version: String(before.version),
        title: `Checked ${Date.now()}`,
        tagline: 'Saved by bench/lib/action-client.check.ts',
        description: 'A save through the HTTP path the browser uses.',
        repositoryUrl: 'https://github.com/codefest-example/check',
        ...over,
      };
      for (const [k, v] of Object.entries(fields)) fd.append(k, v);
      for (const [id, value] of Object.entries(before.answers ?? {})) {
        for (const v of Array.isArray(value) ? value : [value === true ? 'on' : String(value)]) fd.append(`answer.${id}`, String(v));
      }
      for (const [id, ticked] of Object.entries(before.compliance ?? {})) if (ticked) fd.append('compliance', id);
      return fd;
    };

    // 1. A save.
    const title = `Checked through HTTP ${Date.now()}`;
    const saved = await callAction(app.baseUrl, { pagePath, actionId, args: [undefined, form({ title })], cookie });
    expect('save answers the saved redirect', saved.redirectTo === `${pagePath}?saved=${before.version + 1}`, saved);
    const [after] = await app.sql<{ version: number; title: string }[]>`select version, title from submissions where team_id = ${row.teamId}`;
    expect('the row changed in the database', after?.version === before.version + 1 && after.title === title, { before, after });
    console.log(`     ${saved.status} in ${saved.ms.toFixed(0)} ms, version ${before.version} -> ${after?.version}`);

    // 2. A validation error: the FormState comes back decoded.
    const invalid = await callAction(app.baseUrl, { pagePath, actionId, args: [undefined, form({ title: '', version: String(before.version + 1) })], cookie });
    const state = invalid.result as { status?: string; fieldErrors?: Record<string, string[]> } | undefined;
    expect('an empty title answers the decoded form state', invalid.redirectTo === null && state?.status === 'error' && Boolean(state.fieldErrors?.title?.length), invalid);

    // 3. A stale version: the conflict redirect.
    const stale = await callAction(app.baseUrl, { pagePath, actionId, args: [undefined, form({ version: String(before.version) })], cookie });
    expect('a stale version answers the conflict redirect', Boolean(stale.redirectTo?.startsWith(`${pagePath}?conflict=`)), stale);

    // 4. Not signed in, and a session older than the last password change.
    const anonymous = await callAction(app.baseUrl, { pagePath, actionId, args: [undefined, form({})] });
    expect('no cookie answers the sign-in redirect', Boolean(anonymous.redirectTo?.includes('/sign-in')), anonymous);
    const oldCookie = await sessionCookieFor(row.userId, { secret: SECRET, sessionVersion: 99 });
    const old = await callAction(app.baseUrl, { pagePath, actionId, args: [undefined, form({})], cookie: oldCookie });
    expect('an older session version answers the sign-in redirect', Boolean(old.redirectTo?.includes('/sign-in')), old);
    const [final] = await app.sql<{ version: number }[]>`select version from submissions where team_id = ${row.teamId}`;
    expect('refused calls wrote nothing', final?.version === before.version + 1, final);
  } finally {
    await app.stop();
  }
  if (failures) {
    console.error(`${failures} check(s) failed`);
    process.exit(1);
  }
  console.log('action client: all checks passed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
