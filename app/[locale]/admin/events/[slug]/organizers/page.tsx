import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { listOrganizers } from '@/lib/events/organizers';
import { Link } from '@/lib/i18n/navigation';
import { pick } from '@/lib/i18n/localized';
import { unwrap } from '../settings/unwrap';
import { RowButtonForm } from '../tracks/delete-form';
import { revokeOrganizerAction } from './actions';
import { GrantOrganizerForm } from './grant-form';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'eventSetup' }))('organizers.title') };
}

export default async function OrganizersPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const { event, organizers } = unwrap(await listOrganizers(actor, slug));
  const t = await getTranslations('eventSetup');
  return (
    <>
      <p>
        <Link href={`/admin/events/${event.slug}`}>{pick(event, 'title', locale)}</Link>
      </p>
      <h1>{t('organizers.title')}</h1>
      <p>{t('organizers.intro')}</p>
      {(await searchParams).done && (
        <p role="status" className="notice">
          {t('organizers.revoked')}
        </p>
      )}
      <table>
        <caption>{t('organizers.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organizers.name')}</th>
            <th scope="col">{t('organizers.emailColumn')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {organizers.map((organizer) => {
            const name = organizer.name || organizer.email;
            return (
              <tr key={organizer.userId}>
                <th scope="row">
                  {name} {organizer.userId === actor.userId && <span className="muted">{t('organizers.you')}</span>}
                </th>
                <td>{organizer.email}</td>
                <td>
                  <RowButtonForm action={revokeOrganizerAction} locale={locale} slug={event.slug} eventId={event.id} id={organizer.userId} label={t('organizers.revoke', { name })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <section aria-labelledby="grant-heading">
        <h2 id="grant-heading">{t('organizers.grant')}</h2>
        <GrantOrganizerForm locale={locale} slug={event.slug} eventId={event.id} />
      </section>
    </>
  );
}
