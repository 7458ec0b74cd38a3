import createMiddleware from 'next-intl/middleware';
import { NextRequest, type NextResponse } from 'next/server';
import { routing } from './lib/i18n/routing';

/*
 * Locale routing and the page security headers. The proxy never decides who may see a page: every
 * protected page and action checks the actor itself in lib/, so forgetting a matcher here cannot open
 * anything up.
 *
 * Content-Security-Policy: a fresh nonce per request with 'strict-dynamic' (the strict CSP the Next 16
 * guide recommends). Next reads the nonce from the CSP request header and puts it on its own scripts;
 * anything else (a stored <script>, an injected inline handler, a script from another origin) is blocked.
 * The cost is that HTML with a nonce cannot be served from a static/ISR cache: every page must render per
 * request. CodeFest pages already do (the site header reads the session), so nothing is lost; public pages
 * stay fast through the data cache (cache tags), which a nonce does not touch.
 * Styles keep 'unsafe-inline' on purpose: React renders style="" attributes, which a nonce cannot cover, and
 * CSS cannot run script.
 */
const handleI18nRouting = createMiddleware(routing);

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/** Behind TLS: the load balancer says so, or production is configured with an https APP_URL. */
function isHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  if (forwarded) return forwarded === 'https';
  return request.nextUrl.protocol === 'https:' || (process.env.NODE_ENV === 'production' && (process.env.APP_URL ?? '').startsWith('https://'));
}

function contentSecurityPolicy(nonce: string, https: boolean): string {
  const isDev = process.env.NODE_ENV === 'development';
  // Sign-in with the city's identity provider posts a form that redirects there; Chrome applies
  // form-action to that redirect, so the provider's origin is allowed as a form target.
  const formTargets = ["'self'", originOf(process.env.OIDC_ISSUER)].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    // React's dev build needs eval for its error overlays; production never does.
    `script-src 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action ${formTargets}`,
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export default function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  const https = isHttps(request);
  const policy = contentSecurityPolicy(nonce, https);

  // next-intl forwards the request headers it is given, so the page render sees the nonce.
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  headers.set('x-nonce', nonce);
  const response = handleI18nRouting(new NextRequest(request, { headers }));

  response.headers.set('Content-Security-Policy', policy);
  if (https) response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
