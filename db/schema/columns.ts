import { customType, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every table's primary key: a random uuid made by the database. */
export const id = () => uuid().primaryKey().defaultRandom();

/** Timestamps are always `timestamptz`; the database's clock fills them. */
export const tstz = () => timestamp({ withTimezone: true, mode: 'date' });
export const createdAt = () => tstz().notNull().defaultNow();
export const updatedAt = () => tstz().notNull().defaultNow();

/** Raw bytes (uploaded images live in Postgres so every app instance sees them). */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});
