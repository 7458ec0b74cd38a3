import { z } from 'zod';

/*
 * The results forms. Messages are full catalog keys (`results.errors.*`). Times arrive as wall-clock
 * "YYYY-MM-DDTHH:mm" strings in the event's zone and are turned into instants by the domain, which knows it.
 */
const E = (key: string) => `results.errors.${key}`;
const version = z.coerce.number({ error: E('invalid') }).int({ error: E('invalid') }).min(1, { error: E('invalid') });
const optionalUuid = z.union([z.literal(''), z.uuid({ error: E('invalid') })]).default('');
const wallClock = z.string({ error: E('dateInvalid') }).trim().default('');

export const resultsSettingsSchema = z.object({
  version,
  voteOpensAt: wallClock,
  voteClosesAt: wallClock,
  showScoresToTeams: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
  peoplesChoicePrizeId: optionalUuid,
});
export type ResultsSettingsInput = z.infer<typeof resultsSettingsSchema>;

export const publishSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('now') }),
  z.object({ mode: z.literal('schedule'), at: z.string({ error: E('dateInvalid') }).trim().min(1, { error: E('dateRequired') }) }),
], { error: E('invalid') });

export const unpublishSchema = z.object({
  reason: z.string({ error: E('reasonRequired') }).trim().min(5, { error: E('reasonRequired') }).max(500, { error: E('tooLong') }),
});

export const voteSchema = z.object({ submissionId: z.uuid({ error: E('projectRequired') }) });

/** Awards form: `version`, and one `pick:<prizeId>:<place>` field per place holding a project id or ''. */
export function parseAwardPicks(input: Record<string, unknown>): { version: number; picks: Map<string, (string | null)[]> } | { errors: Record<string, string[]> } {
  const parsedVersion = version.safeParse(input.version);
  if (!parsedVersion.success) return { errors: { version: [E('invalid')] } };
  const picks = new Map<string, (string | null)[]>();
  const errors: Record<string, string[]> = {};
  for (const [key, raw] of Object.entries(input)) {
    const m = /^pick:([0-9a-f-]{36}):(\d{1,3})$/i.exec(key);
    if (!m) continue;
    const [, prizeId, placeText] = m as unknown as [string, string, string];
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (value !== '' && !z.uuid().safeParse(value).success) {
      errors[key] = [E('projectInvalid')];
      continue;
    }
    const list = picks.get(prizeId) ?? [];
    list[Number(placeText) - 1] = value === '' ? null : value;
    picks.set(prizeId, list);
  }
  return Object.keys(errors).length ? { errors } : { version: parsedVersion.data, picks };
}
