import { getTranslations } from 'next-intl/server';
import { JudgingPageLinks, type JudgingPage } from './_parts/judging-pages';

/** Links to every organizer judging page (set-up, console, sheets, stage); the current one is marked for screen readers. */
export async function SetupNav({ slug, current, roundId }: { slug: string; current: JudgingPage; roundId?: string }) {
  const t = await getTranslations('judgingSetup.nav');
  return (
    <nav aria-label={t('label')}>
      <JudgingPageLinks slug={slug} current={current} roundId={roundId} />
    </nav>
  );
}
