import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { loadRounds } from '@/lib/judging/rounds';
import { SetupNav } from '../setup-nav';
import { setupPageContext, unwrap } from '../setup-page';
import { createRoundAction } from './actions';
import { RoundForm } from './round-form';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingSetup' }))('rounds.title') };
}

/** The event's judging rounds, each linking to its settings and assignment page and its rubric; a new round. */
export default async function RoundsPage({ params }: Props) {
  const { locale, slug, actor, eventId } = await setupPageContext(params);
  const data = unwrap(await loadRounds(actor, eventId));
  const t = await getTranslations('judgingSetup.rounds');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{localized(locale, data.event.titleZh, data.event.titleEn)}</p>
      <SetupNav slug={slug} current="rounds" />
      <p>{t('intro')}</p>
      {data.rounds.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="card-list">
          {data.rounds.map(({ round, criteria, assignments }) => {
            const name = localized(locale, round.nameZh, round.nameEn);
            return (
              <li key={round.id} className="card">
                <h2>
                  <Link href={`/admin/events/${slug}/judging/rounds/${round.id}`}>{name}</Link>
                </h2>
                <p>
                  {t(`kinds.${round.kind}`)} · <span className="badge">{t('status', { status: t(`statuses.${round.status}`) })}</span>
                </p>
                <p>{t('summary', { criteria, assignments })}</p>
                <p>
                  <Link href={`/admin/events/${slug}/judging/rubric/${round.id}`}>{t('editRubric', { name })}</Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <h2>{t('createHeading')}</h2>
      <RoundForm
        action={createRoundAction}
        hidden={{ locale, slug, eventId }}
        tracks={data.tracks.map((tr) => ({ value: tr.id, label: localized(locale, tr.nameZh, tr.nameEn) }))}
        initial={{ kind: 'preliminary', assignmentMode: 'k_judges', judgesPerProject: '3', assignmentSeed: String(new Date().getFullYear()), rankingMethod: 'rank_sum' }}
        submitLabel={t('create')}
      />
    </>
  );
}
