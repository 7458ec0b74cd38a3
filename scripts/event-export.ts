import { writeFileSync } from 'node:fs';
import { exportEvent, ImportRefused } from '../lib/portability/event-export';
import { connect, main } from './backup-connect';

/*
 * npm run event:export -- <slug> [file]   the event and everything below it as JSON (default <slug>.json;
 * "-" writes to stdout). Password hashes are left out; see lib/portability/event-export.ts.
 */
const [slug, file = `${slug}.json`] = process.argv.slice(2);
await main(async () => {
  if (!slug) throw new ImportRefused('usage: npm run event:export -- <slug> [file]');
  const db = await connect();
  try {
    const data = await exportEvent(db.sql, slug);
    if (!data) throw new ImportRefused(`no event with the slug ${slug}`);
    const json = `${JSON.stringify(data, null, 1)}\n`;
    if (file === '-') process.stdout.write(json);
    else writeFileSync(file, json);
    const rows = Object.values(data.tables).reduce((n, t) => n + t.length, 0);
    if (file !== '-') console.log(`Exported ${slug}: ${rows} rows in ${Object.keys(data.tables).length} tables -> ${file}`);
  } finally {
    await db.close();
  }
});
