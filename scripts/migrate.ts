import { runMigrations } from './lib/database';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set. `npm start` starts an embedded Postgres and migrates it for you.');
  process.exit(1);
}
runMigrations(url).then(
  () => console.log('Migrations applied.'),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
