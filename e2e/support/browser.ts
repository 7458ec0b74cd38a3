import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its own browser here, so it drives an installed Chromium: CHROMIUM_PATH when
 * set, else Debian's /usr/bin/chromium (or chromium-browser), else Playwright's own download if present.
 */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p)));
}

/** Quiet, deterministic Chromium on a machine without outside network; --no-sandbox only when root. */
export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
