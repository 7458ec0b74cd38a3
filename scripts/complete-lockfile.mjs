#!/usr/bin/env node
/*
 * The npm registry reachable from the project's build machines serves only the platform packages of
 * this platform (linux-x64); the darwin/win32/arm builds that packages such as next, @swc/core, rollup and
 * esbuild list as optionalDependencies answer 404. `npm install` then leaves them out of
 * package-lock.json, and `npm ci` refuses the lockfile as out of sync. This adds each missing optional
 * platform package back as an entry that names its os/cpu, so `npm ci` sees a complete lockfile and skips
 * the ones that do not fit the machine, as it would anyway. Run it after `npm install` changes the lockfile.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

const OS = { darwin: 'darwin', linux: 'linux', win32: 'win32', freebsd: 'freebsd', android: 'android', openbsd: 'openbsd', netbsd: 'netbsd', sunos: 'sunos', aix: 'aix', openharmony: 'openharmony', wasm32: null, wasi: null };
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'mipsel', 'ppc', 'wasm32'];

function platformOf(name) {
  const tail = name.split('/').pop();
  const parts = tail.split('-');
  const os = parts.map((p) => OS[p]).find(Boolean);
  const cpu = parts.find((p) => CPU.includes(p)) ?? (parts.includes('arm') ? 'arm' : undefined);
  return { os, cpu };
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    if (packages[base] || packages[`node_modules/${dep}`]) continue;
    const { os, cpu } = platformOf(dep);
    if (!os && !cpu) continue; // not a platform package: leave npm's decision alone
    const exact = String(version).replace(/^[\^~=]/, '');
    packages[`node_modules/${dep}`] = {
      version: exact,
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added++;
  }
}
if (added) {
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
}
console.log(`complete-lockfile: ${added} platform package entries added`);
