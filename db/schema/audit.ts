import { bigserial, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { tstz } from './columns';
import { events } from './events';

/** Append-only record of every mutation, written in the mutation's own transaction. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: tstz().notNull().defaultNow(),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    eventId: uuid().references(() => events.id, { onDelete: 'set null' }),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('audit_log_event_at_idx').on(t.eventId, t.at),
    index('audit_log_actor_idx').on(t.actorId),
    // The organizers' audit viewer (lib/audit-viewer) filters one event's log by action, entity type or
    // actor, newest first, and lists each column's distinct values by skip scan: one index per filter.
    index('audit_log_event_action_at_idx').on(t.eventId, t.action, t.at),
    index('audit_log_event_entity_at_idx').on(t.eventId, t.entityType, t.at),
    index('audit_log_event_actor_at_idx').on(t.eventId, t.actorId, t.at),
  ],
);
