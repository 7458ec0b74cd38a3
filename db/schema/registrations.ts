import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id, tstz, updatedAt } from './columns';
import { registrationStatus } from './enums';
import { events } from './events';

export const registrations = pgTable(
  'registrations',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: registrationStatus().notNull().default('pending'),
    displayName: text().notNull(),
    affiliation: text().notNull().default(''),
    skills: text().array().notNull().default(sql`'{}'::text[]`),
    answers: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    dateOfBirth: date({ mode: 'string' }),
    consentRulesAt: tstz().notNull(),
    consentDataAt: tstz().notNull(),
    /** Minors need a guardian's consent; only the guardian's name and contact are kept. */
    guardianName: text(),
    guardianContact: text(),
    guardianConsentAt: tstz(),
    /** Team finder: listed as looking for a team. */
    isLookingForTeam: boolean().notNull().default(false),
    lookingForNote: text().notNull().default(''),
    waitlistPosition: integer(),
    /**
     * Venue check-in: an opaque random code per registration (64 bits from the database's CSPRNG, shown as a
     * QR and as text); never derived from an ID number or the row id, so it cannot be guessed or enumerated.
     */
    checkInCode: text().notNull().default(sql`upper(substr(md5(gen_random_uuid()::text), 1, 16))`),
    checkedInAt: tstz(),
    identityCheckedAt: tstz(),
    guardianConsentSeenAt: tstz(),
    isNoShow: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('registrations_event_user_unique').on(t.eventId, t.userId),
    check('registrations_display_name_present', sql`length(trim(${t.displayName})) > 0`),
    check(
      'registrations_guardian_complete',
      sql`${t.guardianConsentAt} is null or (${t.guardianName} is not null and ${t.guardianContact} is not null)`,
    ),
    index('registrations_event_status_idx').on(t.eventId, t.status),
    unique('registrations_check_in_code_unique').on(t.checkInCode),
    check('registrations_checked_in_identity', sql`${t.checkedInAt} is null or ${t.identityCheckedAt} is not null`),
    // A minor is who registered with a guardian's consent: checked in only once staff saw that consent.
    check(
      'registrations_checked_in_minor_consent',
      sql`${t.checkedInAt} is null or ${t.guardianConsentAt} is null or ${t.guardianConsentSeenAt} is not null`,
    ),
  ],
);
