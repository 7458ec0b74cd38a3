import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DateTime } from '@/app/_components/date-time';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { Link } from '@/lib/i18n/navigation';
import { pick } from '@/lib/i18n/localized';
import { getAwardsPage } from '@/lib/results/awards';
import { instantToZonedLocal } from '@/lib/time/zoned-time';
import { unwrap } from '../settings/unwrap';
import { AwardsForm, type PrizeBlock } from './awards-form';
import { PublishForms, UnpublishForm } from './publication-forms';
import { ResultsSettingsForm } from './settings-form';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'results' }))('awards.title') };
}

export default async function AwardsPage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const data = unwrap(await getAwardsPage(actor, slug));
  const { event, settings, round } = data;
  const t = await getTranslations('results');
  const trackName = new Map(data.tracks.map((track) => [track.id, pick(track, 'name', locale)]));
  const prizes: PrizeBlock[] = data.prizes.map((prize) => ({
    id: prize.id,
    name: pick(prize, 'name', locale),
    kind:
      prize.id === settings.peoplesChoicePrizeId
        ? t('awards.peoplesPrize')
        : prize.trackId
          ? t('awards.trackPrize', { track: trackName.get(prize.trackId) ?? '' })
          : t('awards.overallPrize'),
    places: data.proposals.find((p) => p.prizeId === prize.id)?.places ?? [],
  }));
  const options = data.projects.map((p) => ({ value: p.id, label: t('awards.projectOption', { title: p.title, team: p.teamName }) }));
  const ids = { locale, slug: event.slug, eventId: event.id };
  const publishedAt = event.resultsPublishedAt;
  const isScheduled = publishedAt !== null && !data.isPublic;
  const wall = (d: Date | null) => (d ? instantToZonedLocal(d, event.timeZone) : '');
  return (
    <>
      <p>
        <Link href={`/admin/events/${event.slug}`}>{pick(event, 'title', locale)}</Link>
      </p>
      <h1>{t('awards.title')}</h1>
      <p>{t('awards.intro')}</p>

      <section aria-labelledby="publication-heading">
        <h2 id="publication-heading">{t('publication.heading')}</h2>
        <p role="status">
          {publishedAt === null
            ? t('publication.statusNone')
            : t.rich(isScheduled ? 'publication.statusScheduled' : 'publication.statusPublished', { time: () => <DateTime value={publishedAt} timeZone={event.timeZone} /> })}
        </p>
        {publishedAt === null ? <PublishForms ids={ids} zone={event.timeZone} /> : <UnpublishForm ids={ids} />}
      </section>

      <section aria-labelledby="winners-heading">
        <h2 id="winners-heading">{t('nav.awards')}</h2>
        <p>{round ? t('awards.sourceRound', { round: pick(round, 'name', locale) || String(round.position) }) : t('awards.noRound')}</p>
        {data.hasSaved && <p className="muted">{t('awards.savedNote')}</p>}
        {publishedAt !== null && <p className="notice">{t('awards.frozen')}</p>}
        {prizes.length === 0 ? (
          <p>{t('awards.noPrizes')}</p>
        ) : (
          <AwardsForm {...ids} version={settings.awardsVersion} prizes={prizes} options={options} frozen={publishedAt !== null} />
        )}
      </section>

      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('settings.heading')}</h2>
        <ResultsSettingsForm
          ids={ids}
          zone={event.timeZone}
          prizes={data.prizes.map((p) => ({ value: p.id, label: pick(p, 'name', locale) }))}
          initial={{
            version: settings.version,
            voteOpensAt: wall(settings.voteOpensAt),
            voteClosesAt: wall(settings.voteClosesAt),
            showScoresToTeams: settings.showScoresToTeams,
            peoplesChoicePrizeId: settings.peoplesChoicePrizeId ?? '',
          }}
        />
      </section>
    </>
  );
}
