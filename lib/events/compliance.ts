import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { complianceItems } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { complianceItemSchema } from '@/lib/validation/events';
import { isUuid, parseOrFail, requireManagedEvent } from './setup-access';

/*
 * The checklist a team confirms when it submits ("the repository is public", "open-data licence stated").
 * Teams' confirmations are keyed by item id in submissions.compliance, so a removed item simply stops
 * being asked; the audit keeps its wording.
 */
export async function listComplianceItems(actor: Actor | null, slug: string) {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, { slug });
    const rows = await db.select().from(complianceItems).where(eq(complianceItems.eventId, event.id)).orderBy(asc(complianceItems.position));
    return { event, items: rows };
  });
}

export async function createComplianceItem(actor: Actor | null, eventId: string, input: Record<string, unknown>): Promise<Result<{ id: string }>> {
  return runDomain(async () => {
    const data = parseOrFail(complianceItemSchema, input);
    return db.transaction(async (tx) => {
      const event = await requireManagedEvent(actor, { id: eventId }, tx);
      const [row] = await tx.insert(complianceItems).values({ ...data, eventId: event.id }).returning({ id: complianceItems.id });
      await writeAudit(tx, { actorId: actor!.userId, eventId: event.id, action: 'compliance_item.created', entityType: 'compliance_item', entityId: row!.id, data });
      return row!;
    });
  });
}

export async function deleteComplianceItem(actor: Actor | null, itemId: unknown): Promise<Result<{ id: string }>> {
  return runDomain(() =>
    db.transaction(async (tx) => {
      const item = await managedItem(tx, actor, itemId);
      await tx.delete(complianceItems).where(eq(complianceItems.id, item.id));
      await writeAudit(tx, { actorId: actor!.userId, eventId: item.eventId, action: 'compliance_item.deleted', entityType: 'compliance_item', entityId: item.id, data: { before: item } });
      return { id: item.id };
    }),
  );
}

async function managedItem(tx: Tx, actor: Actor | null, itemId: unknown) {
  if (!isUuid(itemId)) throw new DomainFailure('not_found');
  const [item] = await tx.select().from(complianceItems).where(eq(complianceItems.id, itemId)).limit(1);
  if (!item) throw new DomainFailure('not_found');
  await requireManagedEvent(actor, { id: item.eventId }, tx);
  return item;
}
