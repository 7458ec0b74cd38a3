import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/app/_components/date-time';
import { timelineSteps, type EventTimeline } from '@/lib/events/phase';

/** The event's milestones in its own time zone; the latest one reached is marked as the current step. */
export async function Timeline({ timeline, timeZone, now }: { timeline: EventTimeline; timeZone: string; now: Date }) {
  const t = await getTranslations('events.timeline');
  const steps = timelineSteps(timeline);
  const reached = steps.filter((s) => s.at && s.at.getTime() <= now.getTime());
  const currentKey = reached.at(-1)?.key;
  return (
    <ol className="timeline">
      {steps.map((step) => (
        <li key={step.key} aria-current={step.key === currentKey ? 'step' : undefined}>
          <span>{t(step.key)}</span>
          {step.key === currentKey && <span className="visually-hidden"> ({t('current')})</span>}
          <br />
          {step.at ? <DateTime value={step.at} timeZone={timeZone} /> : <span className="muted">{t('tba')}</span>}
        </li>
      ))}
    </ol>
  );
}
