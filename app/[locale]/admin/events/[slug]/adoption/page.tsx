import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DateTime } from '@/app/_components/date-time';
import { requireArea } from '@/app/_components/require-area';
import { listAdoptions } from '@/lib/adoption/organizer';
import { localeOf } from '@/lib/auth/callback-url';
import { Link } from '@/lib/i18n/navigation';
import { pick } from '@/lib/i18n/localized';
import { instantToZonedLocal } from '@/lib/time/zoned-time';
import { AdoptionDoneNotice } from '../../../../events/[slug]/award/done-notice';
import { unwrap } from '../settings/unwrap';
import { AdoptionForm } from './adoption-form';
import { FollowupForm } from './followup-form';
import styles from './adoption.module.css';
import { PaidButton } from './paid-button';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ edit?: string; done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'adoption' }))('organizer.title') };
}

/** Every award's adoption: due date, review status, merge, payment; overdue rows say so in words, not only colour. */
export default async function AdoptionPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const { event, rows } = unwrap(await listAdoptions(actor, slug));
  const { edit, done } = await searchParams;
  const editing = rows.find((r) => r.award.id === edit);
  const t = await getTranslations('adoption');
  const zone = event.timeZone;
  const nameOf = (r: (typeof rows)[number]) => `${pick(r.award, 'title', locale)} · ${r.teamName}`;
  const when = (value: Date | null | undefined) => (value ? <DateTime value={value} timeZone={zone} /> : t('organizer.notSet'));
  return (
    <>
      <p>
        <Link href={`/admin/events/${event.slug}`}>{pick(event, 'title', locale)}</Link>
        {' · '}
        <Link href={`/admin/events/${event.slug}/payouts`}>{t('organizer.payoutsLink')}</Link>
        {' · '}
        <Link href={`/admin/events/${event.slug}/audit`}>{t('organizer.auditLink')}</Link>
      </p>
      <h1>{t('organizer.title')}</h1>
      <p>{t('organizer.intro')}</p>
      <AdoptionDoneNotice done={done} />
      {rows.length === 0 ? (
        <p>{t('organizer.empty')}</p>
      ) : (
        <div className={styles.scroll} role="region" aria-label={t('organizer.caption')} tabIndex={0}>
          <table>
            <caption>{t('organizer.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organizer.award')}</th>
                <th scope="col">{t('organizer.team')}</th>
                <th scope="col">{t('organizer.dueAt')}</th>
                <th scope="col">{t('organizer.status')}</th>
                <th scope="col">{t('organizer.pullRequest')}</th>
                <th scope="col">{t('organizer.mergedAt')}</th>
                <th scope="col">{t('organizer.paidAt')}</th>
                <th scope="col">{t('organizer.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const a = r.adoption;
                const name = nameOf(r);
                return (
                  <tr key={r.award.id} className={r.isOverdue ? styles.overdueRow : undefined}>
                    <th scope="row">{pick(r.award, 'title', locale)}</th>
                    <td>{r.teamName}</td>
                    <td>
                      {when(a?.dueAt)}
                      {r.isOverdue && <strong className={`badge ${styles.overdueBadge}`}>{t('organizer.overdue')}</strong>}
                    </td>
                    <td>{t(`status.${a?.status ?? 'pending'}`)}</td>
                    <td>{a?.pullRequestUrl ? <a href={a.pullRequestUrl}>{a.pullRequestUrl.replace(/^https?:\/\//, '')}</a> : t('organizer.notSet')}</td>
                    <td>{when(a?.mergedAt)}</td>
                    <td>{when(a?.paidAt)}</td>
                    <td>
                      <Link href={`/admin/events/${event.slug}/adoption?edit=${r.award.id}`}>{t('organizer.edit', { name })}</Link>
                      {a?.mergedAt && !a.paidAt && <PaidButton locale={locale} slug={event.slug} awardId={r.award.id} version={a.version} label={t('organizer.markPaid', { name })} />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">{t('organizer.editHeading', { name: nameOf(editing) })}</h2>
          <AdoptionForm
            key={`${editing.award.id}-${editing.adoption?.version ?? 0}`}
            locale={locale}
            slug={event.slug}
            awardId={editing.award.id}
            timeZone={zone}
            initial={{
              dueAt: editing.adoption?.dueAt ? instantToZonedLocal(editing.adoption.dueAt, zone) : '',
              targetRepositoryUrl: editing.adoption?.targetRepositoryUrl ?? '',
              pullRequestUrl: editing.adoption?.pullRequestUrl ?? '',
              status: editing.adoption?.status === 'overdue' ? 'pending' : (editing.adoption?.status ?? 'pending'),
              mergedAt: editing.adoption?.mergedAt ? instantToZonedLocal(editing.adoption.mergedAt, zone) : '',
              note: editing.adoption?.note ?? '',
              version: String(editing.adoption?.version ?? 0),
            }}
          />
          <h3>{t('organizer.followupsHeading')}</h3>
          {editing.followups.length === 0 ? (
            <p>{t('organizer.noFollowups')}</p>
          ) : (
            <table>
              <caption>{t('organizer.followupsCaption', { name: nameOf(editing) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('organizer.happenedOn')}</th>
                  <th scope="col">{t('organizer.kind')}</th>
                  <th scope="col">{t('organizer.link')}</th>
                  <th scope="col">{t('organizer.note')}</th>
                </tr>
              </thead>
              <tbody>
                {editing.followups.map((f) => (
                  <tr key={f.id}>
                    <td>{f.happenedOn}</td>
                    <td>{t(`followupKind.${f.kind}`)}</td>
                    <td>{f.url ? <a href={f.url}>{f.url}</a> : t('organizer.notSet')}</td>
                    <td>{f.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <FollowupForm locale={locale} slug={event.slug} awardId={editing.award.id} />
        </section>
      )}
    </>
  );
}
