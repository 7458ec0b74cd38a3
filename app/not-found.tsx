import { getTranslations } from 'next-intl/server';
import { defaultLocale } from '@/lib/i18n/routing';
import './globals.css';

// Paths outside any locale (rare: the proxy adds one) get the default language's not-found page.
export default async function RootNotFound() {
  const t = await getTranslations({ locale: defaultLocale, namespace: 'areas.notFound' });
  return (
    <html lang={defaultLocale}>
      <body>
        <main id="main" className="container">
          <h1>{t('title')}</h1>
          <p>{t('body')}</p>
          <p>
            <a href={`/${defaultLocale}`}>{t('home')}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
