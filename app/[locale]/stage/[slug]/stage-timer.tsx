'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

type Props = { phase: 'idle' | 'presentation' | 'qa'; startedAt: string | null; seconds: number; serverNow: string; large?: boolean };

/**
 * Counts down from the start the database stored. The page was rendered at the server's `serverNow`;
 * the difference to this device's clock at mount is the offset, so a tablet whose clock is a minute off
 * still shows the same seconds as the big screen. Screen readers get the phase, not every tick: the
 * countdown is role="timer" (not announced by default).
 */
export function StageTimer({ phase, startedAt, seconds, serverNow, large }: Props) {
  const t = useTranslations('judgingSheets.stage');
  const [offset] = useState(() => Date.parse(serverNow) - Date.now());
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now() + offset), 250);
    return () => clearInterval(id);
  }, [offset]);
  if (phase === 'idle' || !startedAt) return <p>{t('phases.idle')}</p>;
  const left = Math.ceil((Date.parse(startedAt) + seconds * 1000 - now) / 1000);
  const shown = Math.max(0, left);
  const text = `${String(Math.floor(shown / 60)).padStart(2, '0')}:${String(shown % 60).padStart(2, '0')}`;
  return (
    <div className={large ? 'stage-timer stage-timer-large' : 'stage-timer'}>
      <p>{t(`phases.${phase}`)}</p>
      {/* The server renders the same countdown a few milliseconds earlier; a second's difference is expected. */}
      <p role="timer" aria-label={t('timeLeft')} suppressHydrationWarning style={large ? { fontSize: '6rem', fontVariantNumeric: 'tabular-nums', margin: 0 } : { fontSize: '2rem' }}>
        {text}
      </p>
      {left <= 0 && <p role="status">{t('overtime')}</p>}
    </div>
  );
}
