import path from 'node:path';
import { createDatabase, databaseExists, runMigrations, withDatabase } from './database';
import { startEmbeddedPostgres } from './embedded-postgres';

export type AppDatabase = { url: string; isEmbedded: boolean; stop: () => Promise<void> };

/**
 * DATABASE_URL when the operator set one; otherwise a real Postgres embedded in the app, its data kept in
 * .data/pg so the demo survives restarts. Either way the committed migrations are applied.
 */
export async function prepareAppDatabase(dataDir: string): Promise<AppDatabase> {
  let db: AppDatabase;
  if (process.env.DATABASE_URL) {
    db = { url: process.env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  } else {
    console.log('DATABASE_URL is not set: starting the embedded PostgreSQL (data in .data/pg)...');
    const pg = await startEmbeddedPostgres(path.join(dataDir, 'pg'));
    if (!(await databaseExists(pg.serverUrl, 'codefest'))) await createDatabase(pg.serverUrl, 'codefest');
    db = { url: withDatabase(pg.serverUrl, 'codefest'), isEmbedded: true, stop: pg.stop };
  }
  await runMigrations(db.url);
  return db;
}

/** Seeds the demo only into an empty database; prints the demo logins. */
export async function seedIfEmpty(url: string): Promise<void> {
  process.env.DATABASE_URL = url;
  const { db, sql } = await import('../../db/client');
  const { seedDemo } = await import('../../db/seed');
  try {
    const result = await seedDemo(db);
    if (result.seeded) {
      console.log('\nDemo data created. Sign in with:');
      console.table(result.logins);
    } else {
      console.log('The database already has data; the demo seed was skipped.');
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}
