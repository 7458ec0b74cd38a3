import { readFileSync } from 'node:fs';
import { importEvent, ImportRefused, type EventExport } from '../lib/portability/event-export';
import { connect, main } from './backup-connect';

/*
 * npm run event:import -- <file>   loads an event export into this database (migrated first), keeping ids;
 * refused when the event is already there. Imported people have no password: they use "forgot password".
 */
const [file] = process.argv.slice(2);
await main(async () => {
  if (!file) throw new ImportRefused('usage: npm run event:import -- <file>');
  const data = JSON.parse(readFileSync(file, 'utf8')) as EventExport;
  const db = await connect();
  try {
    await db.migrate();
    const { rows } = await importEvent(db.sql, data);
    console.log(`Imported ${data.slug}: ${rows} rows`);
  } finally {
    await db.close();
  }
});
