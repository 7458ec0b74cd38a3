import { expect, test, type Page } from '@playwright/test';
import { storageStateFor } from './support/roles';
import { createUser, signIn } from './support/users';

/*
 * The security headers as the running production build sends them, and proof that the strict,
 * nonce-based Content-Security-Policy does not break the pages: every main page loads with its scripts
 * running (the inline RSC bootstrap and the chunks 'strict-dynamic' lets it load) and the browser reports
 * no CSP violation.
 */
const CURRENT = 'codefest-taipei-2026-autumn';
const PUBLIC_PATHS = ['/zh-TW', '/en', '/en/projects/codefest-taipei-2026-spring/park-finder', '/zh-TW/events/codefest-taipei-2026-spring/winners', `/zh-TW/events/${CURRENT}`, `/en/events/${CURRENT}`, '/en/sign-in', '/zh-TW/sign-up', '/en/forgot-password'];
const SIGNED_IN: ['participant' | 'organizer' | 'judge' | 'admin', string][] = [
  ['participant', '/en/dashboard'],
  ['organizer', `/zh-TW/admin/events/${CURRENT}`],
  ['judge', '/en/judge'],
  ['admin', '/en/admin'],
];

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d] as const));
}

/** Records CSP violations from the page (event) and from the browser console. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__reportCspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return seen;
}

async function expectScriptsRan(page: Page) {
  // self.__next_f is created by Next's inline bootstrap script; window.next by the main chunk it loads.
  await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { __next_f?: unknown }).__next_f))).toBe(true);
  await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version))).toBe(true);
}

test.describe('security headers', () => {
  test('every page answers with a strict nonce CSP, a fresh nonce each time, and the other headers', async ({ request }) => {
    const nonces = new Set<string>();
    for (const path of PUBLIC_PATHS) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      const csp = directives(headers['content-security-policy'] ?? '');
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp.get('script-src') ?? '')?.[1];
      expect(nonce, `${path} script-src nonce`).toBeTruthy();
      expect(csp.get('script-src')).toContain("'strict-dynamic'");
      expect(csp.get('script-src')).not.toContain('unsafe-inline');
      expect(csp.get('script-src')).not.toContain('unsafe-eval');
      expect(csp.get('frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(csp.get('object-src')).toBe("object-src 'none'");
      expect(csp.get('base-uri')).toBe("base-uri 'none'");
      expect(csp.get('form-action')).toContain("'self'");
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('microphone=()');
      expect(headers['strict-transport-security'], 'no HSTS over plain http').toBeUndefined();
      expect(headers['x-powered-by']).toBeUndefined();
      // Every script element Next rendered carries this response's nonce.
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(PUBLIC_PATHS.length);
  });

  test('behind TLS (X-Forwarded-Proto: https) pages and API answers add HSTS and the CSP upgrades requests', async ({ request }) => {
    for (const path of ['/en', '/api/health']) {
      const response = await request.get(path, { headers: { 'x-forwarded-proto': 'https' } });
      expect(response.headers()['strict-transport-security'], path).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
    }
    const page = await request.get('/en', { headers: { 'x-forwarded-proto': 'https' } });
    expect(page.headers()['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  test('session cookies are HttpOnly and SameSite=Lax; Secure (with the __Secure-/__Host- prefix) behind TLS', async ({ page, request }) => {
    const user = await createUser('CSP Cookie');
    await signIn(page, user);
    const session = (await page.context().cookies()).find((c) => c.name.endsWith('authjs.session-token'));
    expect(session).toBeDefined();
    expect(session!.httpOnly).toBe(true);
    expect(session!.sameSite).toBe('Lax');
    // Plain http on this test machine, so not Secure here; production behind TLS is checked below.
    expect(session!.secure).toBe(false);

    const csrf = await request.get('/api/auth/csrf', { headers: { 'x-forwarded-proto': 'https' } });
    const setCookie = csrf.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);
    const csrfCookie = setCookie.find((c) => /authjs\.csrf-token=/.test(c));
    expect(csrfCookie).toMatch(/^__Host-authjs\.csrf-token=/);
    expect(csrfCookie).toMatch(/;\s*Secure/i);
    expect(csrfCookie).toMatch(/;\s*HttpOnly/i);
    expect(csrfCookie).toMatch(/;\s*SameSite=Lax/i);
  });
});

test.describe('pages work under the CSP', () => {
  test('public pages run their scripts with no CSP violation', async ({ page }) => {
    const violations = await watchViolations(page);
    for (const path of PUBLIC_PATHS) {
      await page.goto(path);
      await expectScriptsRan(page);
    }
    // A client-side interaction: the sign-in form is a client component and keeps typed input.
    await page.goto('/en/sign-in');
    await page.getByLabel('E-mail address', { exact: true }).fill('nobody@example.test');
    await expect(page.getByLabel('E-mail address', { exact: true })).toHaveValue('nobody@example.test');
    expect(violations).toEqual([]);
  });

  for (const [role, path] of SIGNED_IN) {
    test(`${role}: ${path} runs its scripts with no CSP violation`, async ({ browser }) => {
      const context = await browser.newContext({ storageState: storageStateFor(role) });
      const page = await context.newPage();
      const violations = await watchViolations(page);
      const response = await page.goto(path);
      expect(response?.status()).toBeLessThan(400);
      await expectScriptsRan(page);
      expect(violations).toEqual([]);
      await context.close();
    });
  }

  test('an injected inline event handler is blocked by the browser', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/en');
    await expectScriptsRan(page);
    // What a stored-XSS payload would try: markup with an inline event handler.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img alt="" src="/no-such-image.png" onerror="window.__injected = true">');
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  });
});
