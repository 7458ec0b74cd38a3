import { z } from 'zod';

/*
 * Check-in codes are 16 hex digits made by the database (see db/schema/registrations.ts). People read them
 * aloud or type them from a phone screen in groups of four, so spaces, dashes and lower case are accepted
 * and normalised away before the lookup.
 */
export const CHECK_IN_CODE_LENGTH = 16;

export const normaliseCheckInCode = (raw: string) => raw.replace(/[\s-]/g, '').toUpperCase();

export const checkInCodeSchema = z
  .string({ error: 'checkin.errors.codeRequired' })
  .transform(normaliseCheckInCode)
  .pipe(
    z
      .string()
      .min(1, { error: 'checkin.errors.codeRequired' })
      .regex(/^[0-9A-F]{16}$/, { error: 'checkin.errors.codeInvalid' }),
  );

/** The code in groups of four, as printed under the QR. */
export const formatCheckInCode = (code: string) => code.match(/.{1,4}/g)?.join('-') ?? code;

export const attendeeSearchSchema = z
  .string({ error: 'checkin.errors.queryRequired' })
  .trim()
  // One character is a useful query: many Chinese surnames are a single character.
  .min(1, { error: 'checkin.errors.queryRequired' })
  .max(100, { error: 'checkin.errors.queryLong' });

const ticked = z.literal('on', { error: 'checkin.errors.identityRequired' });

/** An unticked checkbox is absent from FormData; the identity tick is required, the consent tick is not (only the DB knows who is a minor). */
export const checkInSchema = z.object({
  registrationId: z.uuid({ error: 'checkin.errors.registrationInvalid' }),
  identityChecked: ticked,
  guardianConsentSeen: z.literal('on').optional(),
});

export const undoCheckInSchema = z.object({
  registrationId: z.uuid({ error: 'checkin.errors.registrationInvalid' }),
});
