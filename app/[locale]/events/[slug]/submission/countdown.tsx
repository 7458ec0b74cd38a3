'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

type Props = { deadline: string; /** The database clock when the page was made, to correct a skewed device clock. */ serverNow: string };

/*
 * Time left to the team's deadline. It refreshes every 20 seconds, minutes being its finest unit, and is NOT
 * a live region: a screen reader announcing a ticker would drown everything else. The exact deadline, in the
 * event's zone, is printed next to it by the page; the database decides at save time in any case.
 */
export function Countdown({ deadline, serverNow }: Props) {
  const t = useTranslations('submissions.deadline');
  const end = new Date(deadline).getTime();
  const [left, setLeft] = useState(() => end - new Date(serverNow).getTime());

  useEffect(() => {
    const skew = new Date(serverNow).getTime() - Date.now();
    const tick = () => setLeft(end - (Date.now() + skew));
    tick();
    const timer = setInterval(tick, 20_000);
    return () => clearInterval(timer);
  }, [end, serverNow]);

  if (left <= 0) return <p>{t('passed')}</p>;
  const minutes = Math.floor(left / 60_000);
  return (
    <p>
      <strong>{t('timeLeft')}</strong>{' '}
      <span data-testid="countdown">
        {minutes < 1
          ? t('lastMinute')
          : t('remaining', { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 })}
      </span>
    </p>
  );
}
