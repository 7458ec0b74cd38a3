import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireArea } from '@/app/_components/require-area';
import { listJudgingOverview } from '@/lib/events/overviews';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('areas.judge'))('title') };
}

export default async function JudgeHomePage() {
  const actor = await requireArea('judge');
  const [t, tq, locale, rows] = await Promise.all([getTranslations('areas'), getTranslations('judgingSheets.queue'), getLocale(), listJudgingOverview(actor)]);
  return (
    <>
      <h1>{t('judge.title')}</h1>
      <p>{t('judge.intro')}</p>
      <ul className="card-list">
        {rows.map((row) => (
          <li key={row.id} className="card">
            <h2>
              <Link href={`/events/${row.slug}`}>{localized(locale, row.titleZh, row.titleEn)}</Link>
            </h2>
            <p>{t('judge.progress', { submitted: row.submitted, assigned: row.assigned })}</p>
            <p>
              <Link href={`/judge/events/${row.slug}`}>{tq('openQueue')}</Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
