import type { DbOrTx } from '@/db/client';
import { auditLog } from '@/db/schema';

export type AuditEntry = {
  actorId: string | null;
  eventId?: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Record<string, unknown>;
};

/** Call with the mutation's own transaction, so the audit row commits or rolls back with the change. */
export async function writeAudit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    eventId: entry.eventId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    data: entry.data ?? {},
  });
}
