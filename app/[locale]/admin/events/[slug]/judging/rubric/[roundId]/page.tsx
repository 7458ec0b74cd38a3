import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { loadRubric } from '@/lib/judging/rubric';
import { MAX_BONUS_POINTS } from '@/lib/judging/setup-rubric-rules';
import { SetupNav } from '../../setup-nav';
import { setupPageContext, unwrap } from '../../setup-page';
import { RubricForm } from './rubric-form';

type Props = { params: Promise<{ locale: string; slug: string; roundId: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingSetup' }))('nav.rubric') };
}

/** A round's rubric editor (organizers): criteria with bilingual texts, points, sub-criteria and one bonus. */
export default async function RubricPage({ params, searchParams }: Props) {
  const { locale, slug, actor } = await setupPageContext(params);
  const { roundId } = await params;
  const data = unwrap(await loadRubric(actor, roundId));
  const t = await getTranslations('judgingSetup');
  const name = localized(locale, data.round.nameZh, data.round.nameEn);
  const readOnly = data.hasScores || data.round.status === 'closed';
  const rows = data.criteria.map((c) => ({
    key: c.id,
    parentKey: c.parentId ?? '',
    nameZh: c.nameZh,
    nameEn: c.nameEn,
    descriptionZh: c.descriptionZh,
    descriptionEn: c.descriptionEn,
    guidanceZh: c.guidanceZh,
    guidanceEn: c.guidanceEn,
    weight: String(c.weight),
    scaleMax: String(c.scaleMax),
    isBonus: c.isBonus,
  }));
  return (
    <>
      <h1>{t('rubric.title', { name })}</h1>
      <SetupNav slug={slug} current="rounds" roundId={data.round.id} />
      <p>
        <Link href={`/admin/events/${slug}/judging/rounds/${data.round.id}`}>{t('assignment.title', { name })}</Link>
      </p>
      {(await searchParams).saved && (
        <p role="status" className="notice">
          {t('rubric.saved')}
        </p>
      )}
      {readOnly && <p>{data.round.status === 'closed' ? t('errors.roundClosed') : t('rubric.locked')}</p>}
      <RubricForm key={data.round.version} hidden={{ locale, slug, roundId: data.round.id, version: String(data.round.version) }} rows={rows} maxBonus={MAX_BONUS_POINTS} readOnly={readOnly} />
    </>
  );
}
