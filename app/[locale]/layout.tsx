import type { Metadata, Viewport } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/app/_components/site-footer';
import { SiteHeader } from '@/app/_components/site-header';
import { routing } from '@/lib/i18n/routing';
import '../globals.css';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'common' });
  return {
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('footer.text'),
  };
}

/*
 * What the root provider hands to client components. With no `messages` prop next-intl 4 passes EVERY
 * catalog (~100 KB) into every page's HTML and RSC payload, which made anonymous public pages ~120 KB each.
 * Public pages' client components are the header's language switcher (common) and the error boundary
 * (areas.error, shown outside any area layout); the signed-in areas add a provider with all catalogs in
 * their own layout.tsx (app/_components/area-messages-layout.tsx).
 */
function publicClientMessages(messages: Awaited<ReturnType<typeof getMessages>>) {
  const areas = messages.areas as Record<string, unknown> | undefined;
  return { common: messages.common, errors: messages.errors, areas: { error: areas?.error } };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: 'common' }), getMessages({ locale })]);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider messages={publicClientMessages(messages)}>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            <div className="container">{children}</div>
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
