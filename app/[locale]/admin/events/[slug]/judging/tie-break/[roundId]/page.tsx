import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { encodeStep, loadTieBreakLadder, MAX_LADDER_STEPS } from '@/lib/judging/tie-break-ladder';
import { SetupNav } from '../../setup-nav';
import { setupPageContext, unwrap } from '../../setup-page';
import { LadderForm } from './ladder-form';

type Props = { params: Promise<{ locale: string; slug: string; roundId: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingSetup' }))('ladder.heading') };
}

/** The round's tie-break ladder (organizers): published before the round opens, read-only after. */
export default async function TieBreakLadderPage({ params, searchParams }: Props) {
  const { locale, slug, actor } = await setupPageContext(params);
  const { roundId } = await params;
  const { round, choices, isEditable } = unwrap(await loadTieBreakLadder(actor, roundId));
  const t = await getTranslations('judgingSetup');
  const name = localized(locale, round.nameZh, round.nameEn);
  const options = [
    ...choices.criteria.map((c) => ({ value: `criterion:${c.id}`, label: t('ladder.criterion', { name: localized(locale, c.nameZh, c.nameEn) }) })),
    ...choices.rounds.map((r) => ({ value: `round:${r.id}`, label: t('ladder.round', { name: localized(locale, r.nameZh, r.nameEn) || t(`rounds.kinds.${r.kind}`) }) })),
  ];
  const labelOf = new Map(options.map((o) => [o.value, o.label]));
  const current = round.tieBreakLadder.map(encodeStep);
  return (
    <>
      <h1>{t('ladder.title', { name })}</h1>
      <SetupNav slug={slug} current="rounds" roundId={round.id} />
      <p>
        <Link href={`/admin/events/${slug}/judging/rounds/${round.id}`}>{t('assignment.title', { name })}</Link>
      </p>
      {(await searchParams).saved && (
        <p role="status" className="notice">
          {t('ladder.saved')}
        </p>
      )}
      <p>{t('ladder.intro')}</p>
      {isEditable ? (
        <LadderForm
          key={round.version}
          hidden={{ locale, slug, roundId: round.id, version: String(round.version) }}
          options={options}
          initial={Array.from({ length: MAX_LADDER_STEPS }, (_, i) => current[i] ?? '')}
        />
      ) : (
        <>
          <p className="notice">{t('ladder.locked')}</p>
          <h2>{t('ladder.current')}</h2>
          {current.length === 0 ? (
            <p>{t('ladder.empty')}</p>
          ) : (
            <ol>
              {current.map((step) => (
                <li key={step}>{labelOf.get(step) ?? t('ladder.missing')}</li>
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}
