import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { loadAdvanceView } from '@/lib/judging/advance';
import { requireRoundAccess } from '@/lib/judging/results-access';
import { pick } from '@/lib/i18n/localized';
import { runDomain } from '@/lib/result';
import { JudgingNav } from '../_parts/judging-nav';
import { AdvancePickForm, AdvanceTopForm } from './advance-forms';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ round?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingResults' }))('advance.title') };
}

/** Advancing to the final: top N per track by the earlier round's chosen method, or the organizer's pick. */
export default async function AdvancePage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const requested = (await searchParams).round;
  const result = await runDomain(async () => {
    const access = await requireRoundAccess(actor, slug, requested);
    return { ...access, advance: await loadAdvanceView(access.rounds, access.round) };
  });
  if (!result.ok) notFound();
  const { event, rounds, round, advance } = result.data;
  const t = await getTranslations('judgingResults.advance');
  const { source, target, results } = advance;
  const titleOf = new Map(advance.projects.map((p) => [p.id, `${p.title}（${p.teamName}）`]));
  const ranked = results ? results.overall[results.chosen].entries : [];

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{pick(event, 'title', locale)}</p>
      <JudgingNav slug={slug} locale={locale} rounds={rounds} round={round} current="advance" />
      {!source || !target || !results ? (
        <p>{t('noFinal')}</p>
      ) : (
        <>
          <p>{t('intro', { from: pick(source, 'name', locale), to: pick(target, 'name', locale) })}</p>
          <section aria-labelledby="scope-title">
            <h2 id="scope-title">{t('currentTitle')}</h2>
            {advance.scope.length === 0 ? (
              <p>{t('currentNone')}</p>
            ) : (
              <ul>
                {advance.scope.map((id) => (
                  <li key={id}>{titleOf.get(id) ?? id}</li>
                ))}
              </ul>
            )}
          </section>
          <h2>{t('chooseTitle')}</h2>
          <AdvanceTopForm locale={locale} slug={slug} fromRoundId={source.id} toRoundId={target.id} defaultPerTrack={source.advanceCount ?? 3} />
          <AdvancePickForm
            locale={locale}
            slug={slug}
            fromRoundId={source.id}
            toRoundId={target.id}
            options={ranked.map((e) => ({ value: e.projectId, label: `${e.position ?? '—'}. ${titleOf.get(e.projectId) ?? e.projectId}` }))}
            selected={advance.scope}
          />
        </>
      )}
    </>
  );
}
