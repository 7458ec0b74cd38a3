import type { TestProject } from 'vitest/node';
import { createDatabase, dropDatabase, runMigrations, withDatabase } from '../../scripts/lib/database';
import { resolveTestServer, uniqueDatabaseName } from '../../scripts/lib/test-server';
import postgres from 'postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    testServerUrl: string;
    templateDatabase: string;
  }
}

/** Migrates one template database per run; every test file then copies it (milliseconds). */
export default async function setup(project: TestProject) {
  const server = await resolveTestServer();
  const template = uniqueDatabaseName('codefest_tpl');
  await createDatabase(server.serverUrl, template);
  await runMigrations(withDatabase(server.serverUrl, template));
  project.provide('testServerUrl', server.serverUrl);
  project.provide('templateDatabase', template);

  return async () => {
    const sql = postgres(withDatabase(server.serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
    const prefix = template.replace('codefest_tpl', 'codefest_t');
    const copies = await sql<{ datname: string }[]>`select datname from pg_database where datname like ${prefix + '%'}`;
    await sql.end();
    for (const { datname } of copies) await dropDatabase(server.serverUrl, datname);
    await dropDatabase(server.serverUrl, template);
    await server.stop();
  };
}
