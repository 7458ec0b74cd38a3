import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { findAttendeeByCode, loadCheckInDesk, searchAttendees, type Attendee } from '@/lib/checkin/queries';
import { Link } from '@/lib/i18n/navigation';
import { pick } from '@/lib/i18n/localized';
import { unwrap } from '../settings/unwrap';
import { AttendeeCheckIn } from './attendee-check-in';
import { CodeLookup } from './code-lookup';
import { LiveCount } from './live-count';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ code?: string; q?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'checkin' }))('desk.title') };
}

/** The venue check-in desk: scan or type a code, or search by name/e-mail; tick, check in, undo; live count. */
export default async function CheckInDeskPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const { event, counts } = unwrap(await loadCheckInDesk(actor, { slug }));
  const { code, q } = await searchParams;
  const [t, tAll, format] = await Promise.all([getTranslations('checkin'), getTranslations(), getFormatter()]);

  const byCode = typeof code === 'string' ? await findAttendeeByCode(actor, { id: event.id }, code) : null;
  const bySearch = typeof q === 'string' && !byCode ? await searchAttendees(actor, { id: event.id }, q) : null;
  const found: Attendee[] = byCode?.ok ? [byCode.data] : bySearch?.ok ? bySearch.data : [];
  const codeErrors = byCode && !byCode.ok ? byCode.error.fieldErrors?.code?.map((key) => tAll(key)) : undefined;
  const searchErrors = bySearch && !bySearch.ok ? bySearch.error.fieldErrors?.q?.map((key) => tAll(key)) : undefined;
  const when = (at: Date) => `${format.dateTime(at, { timeZone: event.timeZone, dateStyle: 'medium', timeStyle: 'short' })} (${event.timeZone})`;

  return (
    <>
      <p>
        <Link href={`/admin/events/${event.slug}`}>{t('desk.backToEvent')}</Link>
      </p>
      <h1>
        {t('desk.title')}: {pick(event, 'title', locale)}
      </h1>
      <p>{t('desk.intro')}</p>
      <LiveCount slug={event.slug} initial={counts} />
      <CodeLookup defaultCode={code ?? ''} errors={codeErrors} />

      <section aria-labelledby="search-heading">
        <h2 id="search-heading">{t('desk.search.heading')}</h2>
        <form method="get" className="form" noValidate>
          <div className="field">
            <label htmlFor="field-q">{t('desk.search.label')}</label>
            <input
              id="field-q"
              name="q"
              type="search"
              defaultValue={q ?? ''}
              maxLength={100}
              autoComplete="off"
              aria-invalid={searchErrors ? true : undefined}
              aria-describedby={searchErrors ? 'field-q-error' : undefined}
            />
            {searchErrors && (
              <p id="field-q-error" className="field-error">
                {searchErrors.join(' ')}
              </p>
            )}
          </div>
          <div>
            <button type="submit" className="button">
              {t('desk.search.submit')}
            </button>
          </div>
        </form>
        {bySearch?.ok && found.length === 0 && <p role="status">{t('desk.search.none', { query: q ?? '' })}</p>}
      </section>

      {found.length > 0 && (
        <section aria-labelledby="found-heading">
          <h2 id="found-heading">{t('desk.results.heading')}</h2>
          {found.map((person) => (
            <article key={person.registrationId} aria-labelledby={`person-${person.registrationId}`} className="card">
              <h3 id={`person-${person.registrationId}`}>
                {person.displayName} {person.isMinor && <span className="badge">{t('desk.results.minor')}</span>}
              </h3>
              <p>
                {t('desk.results.email')}: {person.email}
              </p>
              <AttendeeCheckIn
                eventId={event.id}
                slug={event.slug}
                locale={locale}
                attendee={{
                  registrationId: person.registrationId,
                  displayName: person.displayName,
                  email: person.email,
                  isMinor: person.isMinor,
                  checkedInText: person.checkedInAt ? t('desk.results.checkedInAt', { time: when(person.checkedInAt) }) : null,
                }}
              />
            </article>
          ))}
        </section>
      )}
    </>
  );
}
