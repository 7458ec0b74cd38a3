import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { adoptions, awards } from './awards';
import { createdAt, id, updatedAt } from './columns';
import { events } from './events';

/*
 * Adoption tracking and prize payouts (the organizer half of issue 5 §5). The public showcase reads these
 * tables too, so the meaning of each column is part of the contract:
 *
 * adoptions (db/schema/awards.ts), as lib/adoption writes it:
 * - status: pending (no PR linked yet) -> pr_opened (a team member linked the PR) -> in_review (the city's
 *   maintainers are reviewing) -> merged (merged_at set). `waived`: the organizer closed the adoption
 *   WITHOUT a merge (the city withdrew the target repository, or the team declined the prize); a waived
 *   award is not paid, since adoptions_paid_after_merge allows paid_at only after a merge. The app never
 *   writes `overdue`: lateness is derived at read time (due_at < the DB clock, not merged, not waived),
 *   so it can never go stale.
 * - due_at: when the merge is due (set by an organizer); merged_at: when the PR was merged; paid_at: when
 *   the prize money was paid out (only after merged_at, by the DB check).
 */

export const followupKind = pgEnum('adoption_followup_kind', ['piloted', 'integrated', 'other']);

/** What happened after the merge: a pilot, integration into a city service, with a link and the day it happened. */
export const adoptionFollowups = pgTable(
  'adoption_followups',
  {
    id: id(),
    adoptionId: uuid()
      .notNull()
      .references(() => adoptions.id, { onDelete: 'cascade' }),
    kind: followupKind().notNull(),
    /** The day it happened, as the city reported it (a calendar day, no time of day). */
    happenedOn: date({ mode: 'string' }).notNull(),
    url: text().notNull().default(''),
    note: text().notNull().default(''),
    recordedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('adoption_followups_adoption_idx').on(t.adoptionId, t.happenedOn)],
);

/**
 * How the winning team splits an award's prize: whole NT$ per member. The rows of one award sum to the
 * prize's amount, checked by a deferred constraint trigger at commit (migration adoption_split_sum), so a
 * split replaced row by row inside one transaction is judged as a whole. No bank details are stored here.
 */
export const prizeSplits = pgTable(
  'prize_splits',
  {
    awardId: uuid()
      .notNull()
      .references(() => awards.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    amount: integer().notNull(),
    declaredBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.awardId, t.userId] }), check('prize_splits_amount_nonneg', sql`${t.amount} >= 0`)],
);

/**
 * Per-event withholding on prize payouts (Taiwan: 10% on a payment above NT$20,000). The rate is in basis
 * points (1000 = 10%); a person's gross above the threshold is withheld at the rate, rounded DOWN to the
 * whole NT$ (lib/payouts/withholding.ts). No row means the defaults below.
 */
export const payoutSettings = pgTable(
  'payout_settings',
  {
    eventId: uuid()
      .primaryKey()
      .references(() => events.id, { onDelete: 'cascade' }),
    withholdingRateBp: integer().notNull().default(1000),
    withholdingThreshold: integer().notNull().default(20000),
    version: integer().notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('payout_settings_rate_range', sql`${t.withholdingRateBp} between 0 and 10000`),
    check('payout_settings_threshold_nonneg', sql`${t.withholdingThreshold} >= 0`),
  ],
);
