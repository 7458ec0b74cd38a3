import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

/*
 * Locale routing only. The proxy never decides who may see a page: every protected page and action
 * checks the actor itself in lib/, so forgetting a matcher here cannot open anything up.
 */
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
