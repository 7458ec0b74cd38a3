'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { CheckInCounts } from '@/lib/checkin/queries';

const POLL_MS = 4000;

/*
 * Checked in / admitted, and minors still to come, refreshed from a small route handler every few seconds
 * so several desks see each other's check-ins without reloading. Only the summary line is a live region:
 * announcing the whole list every poll would drown a screen reader user.
 */
export function LiveCount({ slug, initial }: { slug: string; initial: CheckInCounts }) {
  const t = useTranslations('checkin.desk.counts');
  const [counts, setCounts] = useState(initial);
  // A check-in from this desk re-renders the page with fresh counts: take them at once, not at the next poll.
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    setCounts(initial);
  }
  useEffect(() => {
    let cancelled = false;
    const poll = async () => {
      try {
        const response = await fetch(`/api/admin/events/${slug}/check-ins`, { cache: 'no-store' });
        if (response.ok && !cancelled) setCounts((await response.json()) as CheckInCounts);
      } catch {
        // A missed poll (network blip at the venue) is retried on the next tick.
      }
    };
    const timer = window.setInterval(poll, POLL_MS);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
    };
  }, [slug]);
  return (
    <section aria-labelledby="counts-heading">
      <h2 id="counts-heading">{t('heading')}</h2>
      <p role="status" aria-live="polite">
        {t('summary', { checkedIn: counts.checkedIn, admitted: counts.admitted })}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('checkedIn')}</dt>
          <dd>{counts.checkedIn}</dd>
        </div>
        <div>
          <dt>{t('admitted')}</dt>
          <dd>{counts.admitted}</dd>
        </div>
        <div>
          <dt>{t('pendingConsent')}</dt>
          <dd>{counts.minorsPendingConsent}</dd>
        </div>
      </dl>
    </section>
  );
}
