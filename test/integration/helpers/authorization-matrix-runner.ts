import { beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_KINDS, buildFixture, changedTables, databaseDigest, type ActorKind, type ExtraKind, type Fixture } from './authorization-fixture';
import { AUTHORIZATION_TABLE, type MatrixRow, type Outcome } from './authorization-table';
import { CROSS_EVENT_ROWS } from './authorization-table-admin';

/*
 * The dynamic half of the authorization matrix (issue 6 §2.3). Each row's domain function, called with valid
 * input, must refuse every actor outside `allow` (forbidden / not_found / unauthenticated) and change no row
 * of any table; every actor in `allow` (and `alsoAllowed`) must get past authorization: any other answer,
 * e.g. a conflict with the fixture's state, is fine, but not `validation`, which would mean the test's input
 * and not the actor decided. Denied actors run first on one fixture per row; each allowed actor gets a fresh
 * fixture (a new event and new users in the same database).
 *
 * The table is run in shards (authorization-matrix-<k>.test.ts), one database each, so the files run side by
 * side; a row belongs to shard (index mod count).
 */
const DENIALS = new Set(['forbidden', 'not_found', 'unauthenticated']);
/** AUTHZ_REPORT=1 prints every cell's answer (one line each), to read what "allowed" actually got. */
const report = (label: string, kind: string, outcome: Outcome) => {
  if (process.env.AUTHZ_REPORT) console.log(`AUTHZ\t${label}\t${kind}\t${outcome.ok ? 'ok' : outcome.error.code}`);
};

export const runnableRows = AUTHORIZATION_TABLE.filter((r) => r.call && !r.pending);
export const pendingRows = AUTHORIZATION_TABLE.filter((r) => !r.call || r.pending);
export const rowLabel = (r: MatrixRow) => `${r.entry.replace(/^app\/(\[locale\]\/)?/, '')} → ${r.domain}`;

export function runMatrixShard(shard: number, count: number) {
  const rows = runnableRows.filter((_, i) => i % count === shard - 1);
  // A plain loop, not describe.each: each's '$name' is cut at 40 characters, and the output must name every row.
  for (const row of rows) describe(rowLabel(row), () => {
    const label = rowLabel(row);
    const allowed = new Set<ActorKind>(row.allow);
    const denied: (ActorKind | 'revokedOrganizer')[] = ACTOR_KINDS.filter((k) => !allowed.has(k));
    // A revoked organizer holds no role here any more: refused wherever the organizer of another event is.
    if (denied.includes('otherOrganizer')) denied.push('revokedOrganizer');
    let shared: Fixture;
    let digest: Record<string, string>;

    beforeAll(async () => {
      if (denied.length === 0) return;
      shared = await buildFixture(row.phase ?? 'hacking');
      await row.setup?.(shared);
      digest = await databaseDigest();
    });

    it.each(denied)('%s is refused and nothing changes', async (kind) => {
      const outcome: Outcome = await row.call!(kind === 'revokedOrganizer' ? shared.extraActors.revokedOrganizer : shared.actors[kind], shared);
      report(label, kind, outcome);
      const after = await databaseDigest();
      const changed = changedTables(digest, after);
      digest = after;
      const code = outcome.ok ? 'ok' : outcome.error.code;
      // One assertion for both, so a failure shows the answer and every table the call changed.
      const verdict = [DENIALS.has(code) ? 'refused' : `answered ${JSON.stringify(outcome).slice(0, 300)}`, ...changed.map((table) => `changed table ${table}`)];
      expect(verdict, `${label}: ${kind} must be refused and change nothing`).toEqual(['refused']);
    });

    const allowedRuns = [...[...allowed].map((kind) => ({ kind, extra: false })), ...(row.alsoAllowed ?? []).map((kind) => ({ kind, extra: true }))];
    for (const { kind, extra } of allowedRuns) it(`${kind}${extra ? ' (a scope outside the eight)' : ''} is allowed`, async () => {
      const fixture = await buildFixture(row.phase ?? 'hacking');
      await row.setup?.(fixture);
      const actor = extra ? fixture.extraActors[kind as ExtraKind] : fixture.actors[kind as ActorKind];
      const outcome: Outcome = await row.call!(actor, fixture);
      report(label, kind, outcome);
      const code = outcome.ok ? 'ok' : outcome.error.code;
      expect(code, `${label}: ${kind} must get past authorization (and the test's input must be valid), got ${JSON.stringify(outcome).slice(0, 300)}`).toSatisfy((c: string) => !DENIALS.has(c) && c !== 'validation');
    });
  });
}

/** Mixed ids (helpers/authorization-table-admin.ts CROSS_EVENT_ROWS): refused, whatever the code, and nothing changed. */
export function runCrossEventRows() {
  describe('organizer of another event, naming their own event and this event\'s records', () => {
    let shared: Fixture;
    let digest: Record<string, string>;
    beforeAll(async () => {
      shared = await buildFixture('registration');
      digest = await databaseDigest();
    });
    for (const row of CROSS_EVENT_ROWS) {
      it(`${row.entry.replace(/^app\/(\[locale\]\/)?/, '')} → ${row.domain} is refused and changes nothing`, async () => {
        const outcome = await row.call(shared.actors.otherOrganizer, shared);
        report(`cross-event ${row.domain}`, 'otherOrganizer', outcome);
        const after = await databaseDigest();
        const changed = changedTables(digest, after);
        digest = after;
        expect([outcome.ok ? `answered ${JSON.stringify(outcome).slice(0, 300)}` : 'refused', ...changed.map((t) => `changed table ${t}`)]).toEqual(['refused']);
      });
    }
  });
}
