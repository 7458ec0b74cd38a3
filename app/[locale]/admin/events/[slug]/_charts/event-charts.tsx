import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/app/_components/date-time';
import type { Actor } from '@/lib/auth/actor';
import { loadEventDashboard } from '@/lib/dashboard/event-dashboard';
import { percentOf } from '@/lib/dashboard/series';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { BarsSvg, CHART, ChartFrame, type Bar } from './chart-frame';
import { RegistrationsChart } from './registrations-chart';

/*
 * The organizer overview's charts section: server-rendered SVG, no chart library (five small pictures do
 * not justify shipping one), each with its numbers as a table. lib/dashboard checks that the actor manages
 * the event before any number is read.
 */
export async function EventCharts({ actor, slug, locale }: { actor: Actor; slug: string; locale: string }) {
  const result = await loadEventDashboard(actor, { slug });
  if (!result.ok) return null;
  const data = result.data;
  const t = await getTranslations('dashboard');
  const name = (row: { nameZh: string; nameEn: string }) => localized(locale, row.nameZh, row.nameEn);

  const teamMax = Math.max(1, ...data.teamsPerTrack.map((row) => row.teams));
  const teamBars: Bar[] = data.teamsPerTrack.map((row) => ({
    key: row.trackId ?? 'none',
    label: row.trackId ? name(row) : t('teams.noTrack'),
    fraction: row.teams / teamMax,
    text: String(row.teams),
  }));
  const { submitted, drafts, none } = data.projects;
  const projectTotal = Math.max(1, submitted + drafts + none);
  const projectBars: Bar[] = (['submitted', 'drafts', 'none'] as const).map((key) => ({
    key,
    label: t(`submissions.${key}`),
    fraction: data.projects[key] / projectTotal,
    text: String(data.projects[key]),
    color: key === 'submitted' ? CHART.done : key === 'drafts' ? CHART.bar : CHART.muted,
  }));
  const roundText = (r: { submitted: number; assigned: number }) => `${r.submitted} / ${r.assigned} (${percentOf(r.submitted, r.assigned)}%)`;
  const judgingBars: Bar[] = data.judging.map((r) => ({ key: r.roundId, label: name(r), fraction: r.assigned ? r.submitted / r.assigned : 0, text: roundText(r), color: CHART.done }));
  const c = data.checkIns;
  const checkInRows = [
    { key: 'checkedIn', value: c.checkedIn, color: CHART.done },
    { key: 'notYet', value: c.admitted - c.checkedIn, color: CHART.muted },
    { key: 'pendingConsent', value: c.minorsPendingConsent, color: CHART.bar },
  ] as const;

  return (
    <section aria-labelledby="charts-heading">
      <h2 id="charts-heading">{t('heading')}</h2>
      <RegistrationsChart points={data.registrations} timeZone={data.timeZone} />

      {teamBars.length === 0 ? (
        <Empty id="chart-teams" title={t('teams.title')} text={t('teams.empty')} />
      ) : (
        <ChartFrame
          id="chart-teams"
          title={t('teams.title')}
          description={t('teams.description', { summary: teamBars.map((b) => `${b.label} ${b.text}`).join(', ') })}
          tableNote={t('tableNote')}
          svg={<BarsSvg id="chart-teams" title={t('teams.title')} description={t('teams.description', { summary: teamBars.map((b) => `${b.label} ${b.text}`).join(', ') })} bars={teamBars} />}
          table={<SimpleTable caption={t('teams.caption')} headers={[t('teams.track'), t('teams.count')]} rows={teamBars.map((b) => [b.key, b.label, b.text])} />}
        />
      )}

      <ChartFrame
        id="chart-projects"
        title={t('submissions.title')}
        description={t('submissions.description', { submitted, drafts, none })}
        tableNote={t('tableNote')}
        svg={<BarsSvg id="chart-projects" title={t('submissions.title')} description={t('submissions.description', { submitted, drafts, none })} bars={projectBars} />}
        footer={
          <p>
            {t('submissions.deadline')}
            <DateTime value={data.submissionDeadline} timeZone={data.timeZone} />
          </p>
        }
        table={<SimpleTable caption={t('submissions.caption')} headers={[t('submissions.status'), t('submissions.count')]} rows={projectBars.map((b) => [b.key, b.label, b.text])} />}
      />

      {judgingBars.length === 0 ? (
        <Empty id="chart-judging" title={t('judging.title')} text={t('judging.empty')} />
      ) : (
        <ChartFrame
          id="chart-judging"
          title={t('judging.title')}
          description={t('judging.description', { summary: judgingBars.map((b) => `${b.label} ${b.text}`).join(', ') })}
          tableNote={t('tableNote')}
          svg={<BarsSvg id="chart-judging" title={t('judging.title')} description={t('judging.description', { summary: judgingBars.map((b) => `${b.label} ${b.text}`).join(', ') })} bars={judgingBars} />}
          table={
            <SimpleTable
              caption={t('judging.caption')}
              headers={[t('judging.round'), t('judging.submitted'), t('judging.assigned'), t('judging.percent')]}
              rows={data.judging.map((r) => [r.roundId, name(r), String(r.submitted), String(r.assigned), `${percentOf(r.submitted, r.assigned)}%`])}
            />
          }
        />
      )}

      <ChartFrame
        id="chart-checkins"
        title={t('checkins.title')}
        description={t('checkins.description', { checkedIn: c.checkedIn, admitted: c.admitted, pending: c.minorsPendingConsent })}
        tableNote={t('tableNote')}
        svg={
          <BarsSvg
            id="chart-checkins"
            title={t('checkins.title')}
            description={t('checkins.description', { checkedIn: c.checkedIn, admitted: c.admitted, pending: c.minorsPendingConsent })}
            bars={checkInRows.map((row) => ({ key: row.key, label: t(`checkins.${row.key}`), fraction: row.value / Math.max(1, c.admitted), text: String(row.value), color: row.color }))}
          />
        }
        footer={
          <p>
            <Link href={`/admin/events/${slug}/checkin`}>{t('checkins.desk')}</Link>
          </p>
        }
        table={<SimpleTable caption={t('checkins.caption')} headers={[t('checkins.measure'), t('checkins.count')]} rows={checkInRows.map((row) => [row.key, t(`checkins.${row.key}`), String(row.value)])} />}
      />
    </section>
  );
}

function Empty({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="card">
      <h3 id={`${id}-heading`}>{title}</h3>
      <p>{text}</p>
    </section>
  );
}

/** rows: [key, row header, ...cells] */
function SimpleTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: string[][] }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, head, ...cells]) => (
          <tr key={key}>
            <th scope="row">{head}</th>
            {cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
