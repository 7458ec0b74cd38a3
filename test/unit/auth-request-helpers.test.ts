import { describe, expect, it } from 'vitest';
import { localeOf, safeCallbackUrl, signInPath } from '@/lib/auth/callback-url';
import { clientIp } from '@/lib/auth/client-ip';
import { oidcSettings } from '@/lib/auth/oidc';

describe('safeCallbackUrl', () => {
  it.each([
    ['/en/account', '/en/account'],
    ['/zh-TW/events/demo?tab=teams', '/zh-TW/events/demo?tab=teams'],
    ['//evil.example/login', '/en'],
    ['/\\evil.example', '/en'],
    ['https://evil.example/', '/en'],
    ['javascript:alert(1)', '/en'],
    ['/en/\u0000x', '/en'],
    ['', '/en'],
    [undefined, '/en'],
    [42, '/en'],
  ])('%j → %s', (input, expected) => {
    expect(safeCallbackUrl(input, 'en')).toBe(expected);
  });
});

describe('localeOf and signInPath', () => {
  it('accepts only known locales', () => {
    expect(localeOf('en')).toBe('en');
    expect(localeOf('fr')).toBe('zh-TW');
    expect(localeOf(null)).toBe('zh-TW');
  });

  it('carries the page to return to', () => {
    expect(signInPath('en', '/en/account')).toBe('/en/sign-in?callbackUrl=%2Fen%2Faccount');
    expect(signInPath('zh-TW')).toBe('/zh-TW/sign-in');
  });
});

describe('clientIp', () => {
  it.each([
    [{ 'x-forwarded-for': '203.0.113.9' }, '203.0.113.9'],
    // The client may prepend anything; the proxy's own entry is the last one.
    [{ 'x-forwarded-for': '1.1.1.1, 198.51.100.7' }, '198.51.100.7'],
    [{ 'x-real-ip': '192.0.2.1' }, '192.0.2.1'],
    [{}, 'unknown'],
  ])('%j → %s', (headers, expected) => {
    expect(clientIp(new Headers(headers))).toBe(expected);
  });
});

describe('oidcSettings', () => {
  const complete = { OIDC_ISSUER: 'https://sso.example', OIDC_CLIENT_ID: 'id', OIDC_CLIENT_SECRET: 'secret' };

  it('is off unless issuer, client id and secret are all set', () => {
    expect(oidcSettings({})).toBeNull();
    expect(oidcSettings({ ...complete, OIDC_CLIENT_SECRET: '' })).toBeNull();
    expect(oidcSettings(complete)?.name).toBe('City SSO');
    expect(oidcSettings({ ...complete, OIDC_NAME: 'TaipeiPASS' })?.name).toBe('TaipeiPASS');
  });
});
