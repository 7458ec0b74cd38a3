import { getFormatter, getTranslations } from 'next-intl/server';

/**
 * A moment shown in the event's own time zone, with the zone named, so a participant abroad is never
 * misled about when the deadline falls. The machine-readable instant goes in <time dateTime>.
 */
export async function DateTime({ value, timeZone }: { value: Date; timeZone: string }) {
  const format = await getFormatter();
  const t = await getTranslations('events');
  const text = format.dateTime(value, {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (
    <time dateTime={value.toISOString()}>
      {text} <span className="muted">({t('timeZoneLabel', { zone: timeZone })})</span>
    </time>
  );
}
