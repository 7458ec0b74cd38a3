import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { DateTime } from '@/app/_components/date-time';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { pick } from '@/lib/i18n/localized';
import { listExtensions } from '@/lib/submissions/extensions';
import { instantToZonedLocal } from '@/lib/time/zoned-time';
import { GrantForm } from './grant-form';
import { RevokeForm } from './revoke-form';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ revoked?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'submissions' }))('extensions.title') };
}

/** Organizers of this event (and site admins) give single teams more time; lib/submissions decides who may. */
export default async function ExtensionsPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const result = await listExtensions(actor, slug);
  if (!result.ok) {
    if (result.error.code === 'forbidden') forbidden();
    notFound();
  }
  const { event, teams } = result.data;
  const t = await getTranslations('submissions.extensions');
  const suggested = instantToZonedLocal(new Date(event.submissionDeadline.getTime() + 3600_000), event.timeZone);

  return (
    <>
      <h1>{t('title')}</h1>
      {(await searchParams).revoked && (
        <p role="status" className="notice">
          {t('revoked')}
        </p>
      )}
      <p>{pick(event, 'title', locale)}</p>
      <p>{t('intro')}</p>
      <p>
        <strong>{t('eventDeadline')}</strong> <DateTime value={event.submissionDeadline} timeZone={event.timeZone} />
      </p>
      {teams.length === 0 ? (
        <p>{t('noTeams')}</p>
      ) : (
        <>
          <GrantForm
            locale={locale}
            slug={slug}
            teams={teams.map((team) => ({ value: team.teamId, label: team.name }))}
            timeZone={event.timeZone}
            suggestedUntil={suggested}
          />
          <table>
            <caption>{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team')}</th>
                <th scope="col">{t('current')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {teams.map((team) => (
                <tr key={team.teamId}>
                  <th scope="row">{team.name}</th>
                  <td>{team.extendedUntil ? <DateTime value={team.extendedUntil} timeZone={event.timeZone} /> : t('eventDefault')}</td>
                  <td>{team.extendedUntil && <RevokeForm locale={locale} slug={slug} teamId={team.teamId} teamName={team.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
