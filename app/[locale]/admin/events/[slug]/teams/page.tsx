import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { DateTime } from '@/app/_components/date-time';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { Link } from '@/lib/i18n/navigation';
import { localized, pick } from '@/lib/i18n/localized';
import { listTeams } from '@/lib/people/teams';
import { SUBMISSION_STATES, TEAM_STATUSES } from '@/lib/validation/people';
import styles from '../_people/people.module.css';
import { Downloads, FilterForm, Pager } from '../_people/table-parts';
import { ReinstateTeamForm, RemoveTeamForm } from './status-forms';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'people' }))('teams.title') };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Every team of the event with contacts, members and submission state; organizers remove or reinstate teams here. */
export default async function TeamsPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, first(v)]));
  const result = await listTeams(actor, slug, raw);
  if (!result.ok) {
    if (result.error.code === 'forbidden') forbidden();
    notFound();
  }
  const { event, query, rows, total, pageCount, tracks } = result.data;
  const t = await getTranslations('people');
  const any = { value: '', label: t('common.any') };

  return (
    <>
      <h1>{t('teams.heading', { event: pick(event, 'title', locale) })}</h1>
      <p>
        <Link href={`/admin/events/${event.slug}`}>{t('nav.overview')}</Link>
      </p>
      <FilterForm
        fields={[
          { kind: 'text', name: 'q', label: t('teams.fields.q'), value: query.q ?? '' },
          { kind: 'select', name: 'status', label: t('teams.fields.status'), value: query.status ?? '', options: [any, ...TEAM_STATUSES.map((s) => ({ value: s, label: t(`teams.status.${s}`) }))] },
          {
            kind: 'select',
            name: 'track',
            label: t('teams.fields.track'),
            value: query.track ?? '',
            options: [any, ...tracks.map((tr) => ({ value: tr.id, label: localized(locale, tr.nameZh, tr.nameEn) })), { value: 'none', label: t('common.noTrack') }],
          },
          { kind: 'select', name: 'submission', label: t('teams.fields.submission'), value: query.submission ?? '', options: [any, ...SUBMISSION_STATES.map((s) => ({ value: s, label: t(`teams.submission.${s}`) }))] },
        ]}
      />
      <Pager path={`/admin/events/${event.slug}/teams`} params={{ ...raw, page: undefined }} page={query.page} pages={pageCount} total={total} />
      {rows.length > 0 && (
        <div className={styles.scroller} role="region" aria-labelledby="teams-caption" tabIndex={0}>
          <table>
            <caption id="teams-caption">{t('teams.table.caption', { page: query.page, pages: pageCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('teams.table.team')}</th>
                <th scope="col">{t('teams.table.status')}</th>
                <th scope="col">{t('teams.table.track')}</th>
                <th scope="col">{t('teams.table.contacts')}</th>
                <th scope="col">{t('teams.table.members')}</th>
                <th scope="col">{t('teams.table.submission')}</th>
                <th scope="col">{t('teams.table.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((team) => {
                const formProps = { locale, slug: event.slug, teamId: team.id, teamName: team.name, version: team.version };
                const isRemoved = team.status === 'disqualified' || team.status === 'withdrawn';
                return (
                  <tr key={team.id}>
                    <th scope="row">{team.name}</th>
                    <td>
                      {t(`teams.status.${team.status}`)}
                      {team.statusReason && <p>{t('teams.table.reason', { reason: team.statusReason })}</p>}
                    </td>
                    <td>{localized(locale, team.trackZh, team.trackEn)}</td>
                    <td>
                      <p>{t('teams.table.captain', { name: team.captainName })}</p>
                      <p>{team.secondName ? t('teams.table.second', { name: team.secondName }) : t('teams.table.noSecond')}</p>
                    </td>
                    <td>
                      <ul>
                        {team.members.map((m) => (
                          <li key={m.userId}>{m.displayName}</li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {t(`teams.submission.${team.submissionStatus ?? 'none'}`)}
                      {team.lastSavedAt && (
                        <p>
                          {t('teams.table.lastSaved')}: <DateTime value={team.lastSavedAt} timeZone={event.timeZone} />
                        </p>
                      )}
                    </td>
                    <td>
                      <p>
                        <Link href={`/admin/events/${event.slug}/extensions`}>
                          {t('teams.table.extend')}
                          <span className="visually-hidden"> {t('teams.table.extendFor', { team: team.name })}</span>
                        </Link>
                      </p>
                      {isRemoved ? <ReinstateTeamForm {...formProps} /> : <RemoveTeamForm {...formProps} />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Downloads slug={event.slug} datasets={['teams', 'submissions']} timeZone={event.timeZone} />
    </>
  );
}
