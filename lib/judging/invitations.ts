import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { eventRoles, events, judgeInvitations } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { isForeignKeyViolation } from '@/lib/db-errors';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/guards';
import { enqueueMail } from '@/lib/mail/outbox';
import { judgeInvitationMail } from '@/lib/mail/judge-templates';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { consume, LIMITS } from '@/lib/rate-limit';
import { invitationTokenSchema, inviteJudgeSchema } from '@/lib/validation/judging-setup';
import { recomputeAutomaticConflicts } from './setup-conflict-sql';
import { parseInput, requireId, requireOrganizer } from './setup-context';

/** Two weeks: judges are often invited a fortnight before the demo day and accept in the last days. */
const LIFETIME_DAYS = 14;

/** Only this hash is stored: someone who reads the table still cannot accept in the invitee's name. */
export const hashInvitationToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

function invitationLink(origin: string, locale: 'zh-TW' | 'en', token: string): string {
  const base = (process.env.APP_URL || origin).replace(/\/+$/, '');
  return `${base}/${locale}/judge/invitations/${encodeURIComponent(token)}`;
}

/**
 * An organizer invites someone by e-mail to judge the event (or, with a track, to review that track as its
 * topic owner). The link works for whoever signs in with that address: an account made for it at sign-up,
 * or one the person already has. The mail leaves after the commit.
 */
export async function inviteJudge(actor: Actor | null, eventId: unknown, raw: unknown, context: { origin: string }): Promise<Result<{ invitationId: string }>> {
  return runDomain(async () => {
    const id = requireId(eventId);
    const input = parseInput(inviteJudgeSchema, raw);
    const token = randomBytes(32).toString('base64url');
    const { invitation, event } = await db.transaction(async (tx) => {
      const { self, event } = await requireOrganizer(tx, actor, id);
      // Counted in this transaction: a refused or failed invitation rolls its hit back with it.
      const { limit, windowSeconds } = LIMITS.judgeInvitesPerOrganizer;
      if (!(await consume(`invite:judge:${self.userId}`, limit, windowSeconds, tx))) throw new DomainFailure('rate_limited', { email: ['errors.rate_limited'] });
      // A track of another event (a crafted form) is refused by the database's composite key; say so beside
      // the field instead of failing with a 500.
      const [invitation] = await tx
        .insert(judgeInvitations)
        .values({
          eventId: event.id,
          email: input.email,
          role: input.role,
          trackId: input.role === 'topic_owner' ? input.trackId : null,
          tokenHash: hashInvitationToken(token),
          expiresAt: sql`statement_timestamp() + make_interval(days => ${LIFETIME_DAYS}::int)`,
          invitedBy: self.userId,
        })
        .returning()
        .catch((error: unknown) => {
          if (isForeignKeyViolation(error, 'judge_invitations_track_event_fk')) throw new DomainFailure('validation', { trackId: ['judgingSetup.errors.trackInvalid'] });
          throw error;
        });
      await writeAudit(tx, {
        actorId: self.userId,
        eventId: event.id,
        action: 'judging.invite',
        entityType: 'judge_invitation',
        entityId: invitation!.id,
        data: { email: input.email, role: input.role, trackId: invitation!.trackId },
      });
      return { invitation: invitation!, event };
    });
    const mail = await judgeInvitationMail({
      event: { 'zh-TW': event.titleZh || event.titleEn, en: event.titleEn || event.titleZh },
      role: input.role,
      links: { 'zh-TW': invitationLink(context.origin, 'zh-TW', token), en: invitationLink(context.origin, 'en', token) },
      expires: invitation.expiresAt.toISOString().slice(0, 10),
    });
    enqueueMail({ to: input.email, ...mail });
    return { invitationId: invitation.id };
  });
}

export type InvitationPreview = {
  state: 'valid' | 'expired' | 'used' | 'revoked';
  email: string;
  role: 'judge' | 'topic_owner';
  event: { slug: string; titleZh: string; titleEn: string };
};

/** What the accept page shows before the click. A token that names nothing answers null (not found). */
export async function previewInvitation(token: string): Promise<InvitationPreview | null> {
  if (!invitationTokenSchema.safeParse(token).success) return null;
  const [row] = await db
    .select({
      email: judgeInvitations.email,
      role: judgeInvitations.role,
      acceptedAt: judgeInvitations.acceptedAt,
      revokedAt: judgeInvitations.revokedAt,
      expired: sql<boolean>`${judgeInvitations.expiresAt} <= statement_timestamp()`,
      slug: events.slug,
      titleZh: events.titleZh,
      titleEn: events.titleEn,
    })
    .from(judgeInvitations)
    .innerJoin(events, eq(events.id, judgeInvitations.eventId))
    .where(eq(judgeInvitations.tokenHash, hashInvitationToken(token)));
  if (!row) return null;
  const state = row.revokedAt ? 'revoked' : row.acceptedAt ? 'used' : row.expired ? 'expired' : 'valid';
  return { state, email: row.email, role: row.role as 'judge' | 'topic_owner', event: { slug: row.slug, titleZh: row.titleZh, titleEn: row.titleEn } };
}

/**
 * The signed-in invitee accepts. The token is spent by the same UPDATE that checks it (unused, not
 * revoked, not expired by the database clock, addressed to this account's e-mail), so two clicks cannot
 * both grant; the role is granted (or a removed judge's role restored) in the same transaction.
 */
export async function acceptInvitation(actor: Actor | null, rawToken: unknown): Promise<Result<{ eventSlug: string; role: 'judge' | 'topic_owner' }>> {
  return runDomain(async () => {
    const self = requireActor(actor);
    const token = parseInput(invitationTokenSchema, rawToken);
    const hash = hashInvitationToken(token);
    return db.transaction(async (tx) => {
      const [spent] = await tx
        .update(judgeInvitations)
        .set({ acceptedAt: sql`statement_timestamp()`, acceptedBy: self.userId })
        .where(
          and(
            eq(judgeInvitations.tokenHash, hash),
            eq(judgeInvitations.email, self.email.toLowerCase()),
            isNull(judgeInvitations.acceptedAt),
            isNull(judgeInvitations.revokedAt),
            sql`${judgeInvitations.expiresAt} > statement_timestamp()`,
          ),
        )
        .returning();
      if (!spent) {
        // Say why, to the person holding the link: it is theirs to know (and the organizer can re-invite).
        const [row] = await tx.select().from(judgeInvitations).where(eq(judgeInvitations.tokenHash, hash));
        if (!row) throw new DomainFailure('not_found', { form: ['judgingSetup.errors.invitationInvalid'] });
        if (row.revokedAt) throw new DomainFailure('conflict', { form: ['judgingSetup.errors.invitationRevoked'] });
        if (row.acceptedAt) throw new DomainFailure('conflict', { form: ['judgingSetup.errors.invitationUsed'] });
        if (row.email !== self.email.toLowerCase()) throw new DomainFailure('forbidden', { form: ['judgingSetup.errors.invitationWrongEmail'] });
        throw new DomainFailure('deadline_passed', { form: ['judgingSetup.errors.invitationExpired'] });
      }
      await tx
        .insert(eventRoles)
        .values({ eventId: spent.eventId, userId: self.userId, role: spent.role, trackId: spent.trackId, grantedBy: spent.invitedBy })
        .onConflictDoUpdate({
          target: [eventRoles.eventId, eventRoles.userId, eventRoles.role],
          set: { revokedAt: null, trackId: spent.trackId, grantedBy: spent.invitedBy },
        });
      if (spent.role === 'judge') await recomputeAutomaticConflicts(tx, spent.eventId, self.userId);
      await writeAudit(tx, {
        actorId: self.userId,
        eventId: spent.eventId,
        action: 'judging.invitation_accepted',
        entityType: 'judge_invitation',
        entityId: spent.id,
        data: { role: spent.role, trackId: spent.trackId },
      });
      const [event] = await tx.select({ slug: events.slug }).from(events).where(eq(events.id, spent.eventId));
      return { eventSlug: event!.slug, role: spent.role as 'judge' | 'topic_owner' };
    });
  });
}

/**
 * An organizer withdraws an invitation that has not been accepted: its link then says it is no longer valid.
 * The UPDATE itself requires "not accepted, not withdrawn", and acceptInvitation's UPDATE requires "not
 * withdrawn", so when both race on the row exactly one of them wins (the row lock orders them and the
 * loser's WHERE is re-checked). An invitation of another event answers not found.
 */
export async function withdrawInvitation(actor: Actor | null, eventId: unknown, invitationId: unknown): Promise<Result<{ invitationId: string }>> {
  return runDomain(async () => {
    const id = requireId(eventId);
    const targetId = requireId(invitationId);
    return db.transaction(async (tx) => {
      const { self, event } = await requireOrganizer(tx, actor, id);
      const [withdrawn] = await tx
        .update(judgeInvitations)
        .set({ revokedAt: sql`statement_timestamp()` })
        .where(and(eq(judgeInvitations.id, targetId), eq(judgeInvitations.eventId, event.id), isNull(judgeInvitations.acceptedAt), isNull(judgeInvitations.revokedAt)))
        .returning();
      if (!withdrawn) {
        const [row] = await tx.select().from(judgeInvitations).where(and(eq(judgeInvitations.id, targetId), eq(judgeInvitations.eventId, event.id)));
        if (!row) throw new DomainFailure('not_found');
        throw new DomainFailure('conflict', { form: [row.acceptedAt ? 'judgingSetup.errors.invitationUsed' : 'judgingSetup.errors.invitationRevoked'] });
      }
      await writeAudit(tx, {
        actorId: self.userId,
        eventId: event.id,
        action: 'judging.invitation_withdrawn',
        entityType: 'judge_invitation',
        entityId: withdrawn.id,
        data: { email: withdrawn.email, role: withdrawn.role },
      });
      return { invitationId: withdrawn.id };
    });
  });
}
