import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { adoptions, awards, payoutSettings, prizes, prizeSplits, submissions, teams, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { csvDocument } from '@/lib/csv';
import { isUuid, parseOrFail, requireManagedEvent } from '@/lib/events/setup-access';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { payoutSettingsSchema } from '@/lib/validation/adoption';
import { DEFAULT_WITHHOLDING, totalOf, withholdingFor, type WithholdingRule } from './withholding';

/*
 * The organizer's payout list: one line per person per award, from the split the team's captain declared,
 * with gross / withheld / net by the event's withholding rule. An award whose split is not declared yet
 * shows as one line without a person, so nothing is silently left out. Whether a line may be paid follows
 * the adoption: only after the merge (adoptions_paid_after_merge).
 */
export async function getPayouts(actor: Actor | null, slug: string) {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, { slug });
    const [settings] = await db.select().from(payoutSettings).where(eq(payoutSettings.eventId, event.id)).limit(1);
    const rule: WithholdingRule = settings ? { rateBp: settings.withholdingRateBp, threshold: settings.withholdingThreshold } : DEFAULT_WITHHOLDING;
    const rows = await db
      .select({
        awardId: awards.id,
        titleZh: awards.titleZh,
        titleEn: awards.titleEn,
        teamName: teams.name,
        amount: prizes.amount,
        status: adoptions.status,
        mergedAt: adoptions.mergedAt,
        paidAt: adoptions.paidAt,
        userId: prizeSplits.userId,
        share: prizeSplits.amount,
        name: users.name,
        email: users.email,
      })
      .from(awards)
      .innerJoin(submissions, eq(submissions.id, awards.submissionId))
      .innerJoin(teams, eq(teams.id, submissions.teamId))
      .innerJoin(prizes, and(eq(prizes.id, awards.prizeId), sql`${prizes.amount} > 0`))
      .leftJoin(adoptions, eq(adoptions.awardId, awards.id))
      .leftJoin(prizeSplits, eq(prizeSplits.awardId, awards.id))
      .leftJoin(users, eq(users.id, prizeSplits.userId))
      .where(eq(awards.eventId, event.id))
      .orderBy(asc(prizes.position), asc(awards.id), asc(users.name), asc(users.id));
    const lines = rows.map((r) => ({
      ...r,
      person: r.userId ? (r.name ?? r.email ?? '') : null,
      ...(r.share === null ? { gross: r.amount ?? 0, withheld: 0, net: 0 } : withholdingFor(r.share, rule)),
      isSplitDeclared: r.share !== null,
    }));
    return {
      event,
      rule,
      settingsVersion: settings?.version ?? 0,
      lines,
      total: totalOf(lines.filter((l) => l.isSplitDeclared)),
    };
  });
}

/** Saves the event's withholding rule; version 0 means "no row yet" (insert), otherwise the version in the UPDATE. */
export async function updatePayoutSettings(actor: Actor | null, eventId: unknown, input: Record<string, unknown>): Promise<Result<{ version: number }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      if (!isUuid(eventId)) throw new DomainFailure('not_found');
      const event = await requireManagedEvent(actor, { id: eventId }, tx);
      const data = parseOrFail(payoutSettingsSchema, input);
      const [before] = await tx.select().from(payoutSettings).where(eq(payoutSettings.eventId, event.id)).limit(1);
      const values = { withholdingRateBp: data.ratePercent, withholdingThreshold: data.threshold };
      const [row] =
        data.version === 0
          ? await tx.insert(payoutSettings).values({ eventId: event.id, ...values }).onConflictDoNothing().returning()
          : await tx
              .update(payoutSettings)
              .set({ ...values, version: sql`${payoutSettings.version} + 1`, updatedAt: sql`statement_timestamp()` })
              .where(and(eq(payoutSettings.eventId, event.id), eq(payoutSettings.version, data.version)))
              .returning();
      if (!row) throw new DomainFailure('stale_version', { form: ['adoption.errors.stale'] });
      await writeAudit(tx, {
        actorId: actor!.userId,
        eventId: event.id,
        action: 'payout_settings.updated',
        entityType: 'event',
        entityId: event.id,
        data: { before: before ? { withholdingRateBp: before.withholdingRateBp, withholdingThreshold: before.withholdingThreshold } : DEFAULT_WITHHOLDING_AUDIT, after: values },
      });
      return { version: row.version };
    }),
  );
}

const DEFAULT_WITHHOLDING_AUDIT = { withholdingRateBp: DEFAULT_WITHHOLDING.rateBp, withholdingThreshold: DEFAULT_WITHHOLDING.threshold };

const CSV_HEADER = ['award', 'team', 'person', 'gross', 'withheld', 'net', 'adoption_status', 'merged_at', 'paid_at'] as const;

/** The payout list as CSV for the finance office (lib/csv: BOM, CRLF, formula-safe cells); organizers only. */
export async function exportPayoutsCsv(actor: Actor | null, slug: string): Promise<Result<{ filename: string; body: string }>> {
  const result = await getPayouts(actor, slug);
  if (!result.ok) return result;
  const { event, lines } = result.data;
  const rows = lines.map((l) => ({
    award: l.titleZh || l.titleEn,
    team: l.teamName,
    person: l.person ?? '',
    gross: l.isSplitDeclared ? l.gross : '',
    withheld: l.isSplitDeclared ? l.withheld : '',
    net: l.isSplitDeclared ? l.net : '',
    adoption_status: l.status ?? 'pending',
    merged_at: l.mergedAt,
    paid_at: l.paidAt,
  }));
  return { ok: true, data: { filename: `${event.slug}-payouts.csv`, body: csvDocument(CSV_HEADER, rows) } };
}
