import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root, sourceHash } from './source-hash';

const marker = path.join(root, '.next', 'codefest-source-hash');

/** Runs `next build` only when the sources changed since the last build (or there is none). */
export function ensureBuild({ force = false }: { force?: boolean } = {}): void {
  const wanted = sourceHash();
  const built = existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(marker) ? readFileSync(marker, 'utf8') : '';
  if (!force && built === wanted) {
    console.log('Production build is up to date.');
    return;
  }
  console.log('Building the app (next build); this takes a minute or two the first time...');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  writeFileSync(marker, wanted);
}
