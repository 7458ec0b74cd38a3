import { getFormatter, getTranslations } from 'next-intl/server';
import { qrSvgPath } from '@/lib/checkin/qr';
import { formatCheckInCode } from '@/lib/validation/checkin';

/*
 * The admitted participant's venue pass: the check-in code as a QR drawn on the server (no script, works
 * offline once the page is loaded) and the same code as text in groups of four, for anyone who cannot scan
 * it or show a screen. Black on white at a fixed size, because scanners need contrast and a quiet zone.
 */
export async function CheckInPass({ checkIn, eventId, timeZone }: { checkIn: { code: string; checkedInAt: Date | null }; eventId: string; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations('checkin.pass'), getFormatter()]);
  const { viewBox, path } = qrSvgPath(checkIn.code);
  const printed = formatCheckInCode(checkIn.code);
  const id = `check-in-${eventId}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="check-in-pass">
      <h3 id={`${id}-heading`}>{t('heading')}</h3>
      <p>{t('hint')}</p>
      <svg
        viewBox={`0 0 ${viewBox} ${viewBox}`}
        width={200}
        height={200}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        shapeRendering="crispEdges"
        style={{ background: '#fff' }}
      >
        <title id={`${id}-title`}>{t('qrTitle')}</title>
        <desc id={`${id}-desc`}>{t('qrDescription', { code: printed })}</desc>
        <rect width={viewBox} height={viewBox} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <p>
        {t('codeLabel')}: <code>{printed}</code>
      </p>
      <p>
        {checkIn.checkedInAt
          ? t('checkedIn', { time: format.dateTime(checkIn.checkedInAt, { timeZone, dateStyle: 'medium', timeStyle: 'short' }) + ` (${timeZone})` })
          : t('notYet')}
      </p>
    </section>
  );
}
