import { z } from 'zod';

/*
 * Forms of adoption tracking, prize splits and payouts. Messages are full catalog keys (`adoption.errors.*`).
 * Times typed by organizers are wall-clock "YYYY-MM-DDTHH:mm" in the EVENT's zone; lib/adoption turns them
 * into instants once it knows the zone. Money is whole NT$ (integers), never floats.
 */
const E = (key: string) => `adoption.errors.${key}`;

const webUrl = (key: string) =>
  z
    .string({ error: E(key) })
    .trim()
    .max(500, { error: E(key) })
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    }, { error: E(key) });
const optionalUrl = (key: string) => z.union([z.literal(''), webUrl(key)]).default('');
const wallClock = z
  .string({ error: E('dateInvalid') })
  .trim()
  .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v), { error: E('dateInvalid') })
  .default('');
const version = z.coerce.number({ error: E('stale') }).int().min(0);

export const ADOPTION_STATUSES = ['pending', 'pr_opened', 'in_review', 'merged', 'waived'] as const;
export const FOLLOWUP_KINDS = ['piloted', 'integrated', 'other'] as const;

export const linkPullRequestSchema = z.object({ pullRequestUrl: webUrl('pullRequestUrl'), version });

export const adoptionUpdateSchema = z.object({
  dueAt: wallClock,
  targetRepositoryUrl: optionalUrl('repositoryUrl'),
  pullRequestUrl: optionalUrl('pullRequestUrl'),
  status: z.enum(ADOPTION_STATUSES, { error: E('statusInvalid') }),
  mergedAt: wallClock,
  note: z.string().trim().max(2000, { error: E('tooLong') }).default(''),
  version,
});
export const ADOPTION_FORM_FIELDS = ['dueAt', 'targetRepositoryUrl', 'pullRequestUrl', 'status', 'mergedAt', 'note', 'version'] as const;

export const followupSchema = z.object({
  kind: z.enum(FOLLOWUP_KINDS, { error: E('kindInvalid') }),
  happenedOn: z
    .string({ error: E('dayInvalid') })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: E('dayInvalid') })
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: E('dayInvalid') }),
  url: optionalUrl('followupUrl'),
  note: z.string().trim().max(2000, { error: E('tooLong') }).default(''),
});

/** One member's share: a whole number of NT$, 0 allowed (a member may give up their share). */
export const shareAmount = z.coerce
  .number({ error: E('shareInvalid') })
  .int({ error: E('shareInvalid') })
  .min(0, { error: E('shareInvalid') })
  .max(100_000_000, { error: E('shareInvalid') });

export const payoutSettingsSchema = z.object({
  /** Percent with at most two decimals ("10", "8.5"); stored in basis points. */
  ratePercent: z
    .string({ error: E('rateInvalid') })
    .trim()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, { error: E('rateInvalid') })
    .transform((v) => Math.round(Number(v) * 100))
    .refine((bp) => bp >= 0 && bp <= 10_000, { error: E('rateInvalid') }),
  threshold: z.coerce.number({ error: E('thresholdInvalid') }).int({ error: E('thresholdInvalid') }).min(0, { error: E('thresholdInvalid') }).max(100_000_000, { error: E('thresholdInvalid') }),
  version,
});
export const PAYOUT_SETTINGS_FIELDS = ['ratePercent', 'threshold', 'version'] as const;

export const auditFilterSchema = z.object({
  actor: z.string().trim().regex(/^[0-9a-f-]{36}$/i).optional().catch(undefined),
  action: z.string().trim().max(100).optional().catch(undefined),
  entity: z.string().trim().max(100).optional().catch(undefined),
  from: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  to: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
