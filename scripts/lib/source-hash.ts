import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
const INPUTS = ['app', 'lib', 'db', 'public', 'proxy.ts', 'next.config.js', 'package-lock.json', 'tsconfig.json'];
const SKIP = new Set(['node_modules', '.next', '.data', 'migrations']);

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) {
    if (!SKIP.has(name)) yield* files(path.join(entry, name));
  }
}

/** A digest of everything `next build` reads, so a stale build is rebuilt and a fresh one reused. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}
