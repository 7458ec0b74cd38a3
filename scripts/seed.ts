/*
 * `npm run db:seed`: loads the demo into the database at DATABASE_URL, if (and only if) it is empty.
 * The database must already be migrated (`npm run db:migrate`); `npm start` does both for you.
 */
export {};

if (!process.env.DATABASE_URL) {
  console.error('DATABASE_URL is not set. `npm start` starts an embedded Postgres, migrates and seeds it for you.');
  process.exit(1);
}

// Imported after the check: db/client.ts reads DATABASE_URL when it is first loaded.
const { db, sql } = await import('../db/client');
const { seedDemo } = await import('../db/seed');

try {
  const result = await seedDemo(db);
  if (result.seeded) {
    console.log('Demo data created. Sign in with:');
    console.table(result.logins);
  } else {
    console.log('The database already has users or events; nothing was seeded.');
  }
} catch (error) {
  // The message names the failing constraint; the connection string is never part of it.
  console.error('Seeding failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await sql.end({ timeout: 5 });
}
