import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { ButtonForm } from '@/app/[locale]/admin/events/[slug]/judging/judges/button-form';
import { ConflictForm } from '@/app/[locale]/admin/events/[slug]/judging/judges/conflict-form';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { loadMyConflicts } from '@/lib/judging/conflicts';
import { eventIdBySlug } from '@/lib/judging/setup-context';
import { declareConflictAction, removeOwnConflictAction } from './actions';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ welcome?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingSetup' }))('myConflicts.title') };
}

/** A judge declares the teams and affiliations they have a stake in; automatic conflicts are listed too. */
export default async function MyConflictsPage({ params, searchParams }: Props) {
  const { locale: raw, slug } = await params;
  const locale = localeOf(raw);
  setRequestLocale(locale);
  const actor = await requireArea('judge');
  const eventId = await eventIdBySlug(slug);
  if (!eventId) notFound();
  const result = await loadMyConflicts(actor, eventId);
  if (!result.ok) {
    if (result.error.code === 'forbidden') forbidden();
    notFound();
  }
  const { event, conflicts, teams } = result.data;
  const t = await getTranslations('judgingSetup');
  const hidden = { locale, slug, eventId };
  return (
    <>
      <h1>{t('myConflicts.title')}</h1>
      <p>{localized(locale, event.titleZh, event.titleEn)}</p>
      <p>
        <Link href={`/judge/events/${slug}`}>{t('myConflicts.backToQueue')}</Link>
      </p>
      {(await searchParams).welcome && (
        <p role="status" className="notice">
          {t('accept.accepted')}
        </p>
      )}
      <p>{t('myConflicts.intro')}</p>
      {conflicts.length === 0 ? (
        <p>{t('myConflicts.none')}</p>
      ) : (
        <table>
          <caption>{t('myConflicts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('judges.target')}</th>
              <th scope="col">{t('judges.source')}</th>
              <th scope="col">{t('judges.reason')}</th>
              <th scope="col">{t('judges.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.teamName ?? c.affiliation}</th>
                <td>{t(`sources.${c.source}`)}</td>
                <td>{c.reason}</td>
                <td>{c.source === 'declared' && <ButtonForm action={removeOwnConflictAction} fields={{ ...hidden, conflictId: c.id }} label={t('judges.removeConflict')} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('myConflicts.declareHeading')}</h2>
      <ConflictForm action={declareConflictAction} hidden={hidden} teams={teams.map((team) => ({ value: team.id, label: team.name }))} submitLabel={t('myConflicts.declare')} />
    </>
  );
}
