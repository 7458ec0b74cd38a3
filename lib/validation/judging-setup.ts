import { z } from 'zod';

/*
 * Inputs of the organizer's judging set-up (judges, conflicts, rubric, rounds, assignment). Every message
 * is a full catalog key; FormData carries strings, so numbers and checkboxes are coerced here, once.
 */
const E = 'judgingSetup.errors';
const uuid = (key: string) => z.string({ error: key }).trim().pipe(z.uuid({ error: key }));
const optionalUuid = (key: string) =>
  z
    .union([z.literal(''), uuid(key)])
    .nullish()
    .transform((value) => (value ? value : null));
const checkbox = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
  .nullish()
  .transform((value) => value === true || value === 'on' || value === 'true');
const text = (max: number) =>
  z
    .string()
    .nullish()
    .transform((value) => (value ?? '').trim())
    .pipe(z.string().max(max, { error: `${E}.tooLong` }));
/** An optional whole number: an empty field means "not set". */
const optionalInt = (min: number, max: number, key: string) =>
  z
    .union([z.literal(''), z.coerce.number({ error: key }).int({ error: key }).min(min, { error: key }).max(max, { error: key })])
    .nullish()
    .transform((value) => (value === '' || value === undefined || value === null ? null : value));
export const versionSchema = z.coerce.number({ error: `${E}.versionInvalid` }).int().positive({ error: `${E}.versionInvalid` });

export const inviteJudgeSchema = z
  .object({
    email: z.string({ error: `${E}.emailInvalid` }).trim().toLowerCase().pipe(z.email({ error: `${E}.emailInvalid` })),
    role: z.enum(['judge', 'topic_owner'], { error: `${E}.roleInvalid` }),
    trackId: optionalUuid(`${E}.trackInvalid`),
  })
  .refine((v) => v.role !== 'topic_owner' || v.trackId !== null, { error: `${E}.trackRequired`, path: ['trackId'] });

export const invitationTokenSchema = z.string({ error: `${E}.invitationInvalid` }).trim().min(20, { error: `${E}.invitationInvalid` }).max(200, { error: `${E}.invitationInvalid` });

export const removeRoleSchema = z.object({
  userId: uuid('errors.not_found'),
  role: z.enum(['judge', 'topic_owner'], { error: `${E}.roleInvalid` }),
});

/** A conflict names a team or an affiliation (or both); the judge's own declaration or the organizer's. */
export const conflictSchema = z
  .object({
    judgeId: optionalUuid('errors.not_found'),
    teamId: optionalUuid(`${E}.teamInvalid`),
    affiliation: text(200),
    reason: text(500),
  })
  .refine((v) => v.teamId !== null || v.affiliation.length > 0, { error: `${E}.conflictTargetRequired`, path: ['teamId'] });

export const roundSchema = z
  .object({
    kind: z.enum(['preliminary', 'final'], { error: `${E}.kindInvalid` }),
    nameZh: text(120),
    nameEn: text(120),
    trackId: optionalUuid(`${E}.trackInvalid`),
    assignmentMode: z.enum(['all', 'k_judges'], { error: `${E}.modeInvalid` }),
    judgesPerProject: optionalInt(1, 50, `${E}.kInvalid`),
    assignmentSeed: z.coerce.number({ error: `${E}.seedInvalid` }).int({ error: `${E}.seedInvalid` }).min(0, { error: `${E}.seedInvalid` }).max(2_147_483_647, { error: `${E}.seedInvalid` }),
    rankingMethod: z.enum(['raw_mean', 'z_score', 'rank_sum'], { error: `${E}.rankingInvalid` }),
    advanceCount: optionalInt(1, 1000, `${E}.advanceInvalid`),
    presentationSeconds: optionalInt(0, 3600, `${E}.secondsInvalid`),
    qaSeconds: optionalInt(0, 3600, `${E}.secondsInvalid`),
  })
  .refine((v) => v.nameZh.length > 0 || v.nameEn.length > 0, { error: `${E}.nameRequired`, path: ['nameZh'] })
  .refine((v) => v.assignmentMode === 'all' || v.judgesPerProject !== null, { error: `${E}.kRequired`, path: ['judgesPerProject'] });
export type RoundInput = z.output<typeof roundSchema>;

export const roundStatusSchema = z.object({ status: z.enum(['draft', 'open', 'closed'], { error: `${E}.statusInvalid` }), version: versionSchema });

/**
 * One rubric row as the editor sends it. `key` names the row inside this form (an existing criterion's id
 * or a new row's placeholder), so a sub-criterion can name its parent before either has an id.
 */
export const criterionSchema = z.object({
  key: z.string().trim().min(1).max(64),
  parentKey: z
    .string()
    .nullish()
    .transform((v) => (v ? v.trim() || null : null)),
  nameZh: text(120),
  nameEn: text(120),
  descriptionZh: text(2000),
  descriptionEn: text(2000),
  guidanceZh: text(2000),
  guidanceEn: text(2000),
  weight: z.coerce.number({ error: `${E}.weightInvalid` }).gt(0, { error: `${E}.weightInvalid` }).max(100, { error: `${E}.weightInvalid` }),
  scaleMax: z.coerce.number({ error: `${E}.scaleInvalid` }).int({ error: `${E}.scaleInvalid` }).min(1, { error: `${E}.scaleInvalid` }).max(100, { error: `${E}.scaleInvalid` }),
  isBonus: checkbox,
});
export type CriterionInput = z.output<typeof criterionSchema>;

export const rubricSchema = z.object({
  version: versionSchema,
  criteria: z.array(criterionSchema).max(40),
});

export const moveAssignmentSchema = z.object({ assignmentId: uuid('errors.not_found'), toJudgeId: uuid(`${E}.judgeInvalid`) });
export const addAssignmentSchema = z.object({ submissionId: uuid('errors.not_found'), judgeId: uuid(`${E}.judgeInvalid`) });
