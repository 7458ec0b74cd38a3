import { ensureBuild } from './lib/build';

// `--force` (npm run build) always builds; without it (npm test, npm start) a fresh build is reused.
try {
  ensureBuild({ force: process.argv.includes('--force') });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
