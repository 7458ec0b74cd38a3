import { z } from 'zod';
import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH } from '@/lib/teams/invite-code';

/*
 * Every message is a full catalog key, translated by the page beside the field. FormData carries strings,
 * so booleans and numbers are coerced here, once, for the server action and the domain layer alike.
 */
const uuid = (key: string) => z.string({ error: key }).trim().pipe(z.uuid({ error: key }));

export const teamNameSchema = z
  .string({ error: 'teams.errors.nameRequired' })
  .trim()
  .min(1, { error: 'teams.errors.nameRequired' })
  .max(80, { error: 'teams.errors.nameTooLong' });

// An empty select means "no track yet".
// nullish() (not a union with z.undefined()) is what lets zod 4 treat the key as optional in an object.
const optionalTrack = z
  .union([z.literal(''), uuid('teams.errors.trackInvalid')])
  .nullish()
  .transform((value) => (value ? value : null));

const pitchSchema = z.string().trim().max(2000, { error: 'teams.errors.pitchTooLong' }).default('');

// A checkbox sends "on" when ticked and nothing at all otherwise.
const checkbox = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
  .nullish()
  .transform((value) => value === true || value === 'on' || value === 'true');

export const createTeamSchema = z.object({ name: teamNameSchema, trackId: optionalTrack, pitch: pitchSchema });

export const updateTeamSchema = z.object({
  name: teamNameSchema,
  trackId: optionalTrack,
  pitch: pitchSchema,
  isLookingForMembers: checkbox,
  rolesNeeded: z.string().trim().max(300, { error: 'teams.errors.rolesTooLong' }).default(''),
  version: z.coerce.number({ error: 'teams.errors.versionInvalid' }).int().positive({ error: 'teams.errors.versionInvalid' }),
});

/** People type codes by hand: spaces and dashes are ignored and lower case is accepted. */
export const inviteCodeSchema = z
  .string({ error: 'teams.errors.codeRequired' })
  .transform((value) => value.replace(/[\s-]/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .min(1, { error: 'teams.errors.codeRequired' })
      .max(INVITE_CODE_LENGTH * 2, { error: 'teams.errors.codeInvalid' })
      .refine((code) => [...code].every((c) => INVITE_CODE_ALPHABET.includes(c)), { error: 'teams.errors.codeInvalid' }),
  );

export const memberIdSchema = uuid('teams.errors.memberInvalid');
export const optionalMemberIdSchema = z
  .union([z.literal(''), memberIdSchema])
  .nullish()
  .transform((value) => (value ? value : null));

export const teamIdSchema = uuid('errors.not_found');

export const lookingForTeamSchema = z.object({
  isLooking: checkbox,
  note: z.string().trim().max(500, { error: 'teams.errors.noteTooLong' }).default(''),
});

export const requestMessageSchema = z.string().trim().max(500, { error: 'teams.errors.messageTooLong' }).default('');

export const requestResponseSchema = z.enum(['accept', 'decline'], { error: 'errors.invalid' });

export type CreateTeamInput = z.input<typeof createTeamSchema>;
export type UpdateTeamInput = z.input<typeof updateTeamSchema>;
export type LookingForTeamInput = z.input<typeof lookingForTeamSchema>;
