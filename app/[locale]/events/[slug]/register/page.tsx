import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { DateTime } from '@/app/_components/date-time';
import { localeOf, signInPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { pick } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { getRegistrationForm } from '@/lib/registrations/queries';
import { RegistrationForm, type RegistrationDefaults } from './registration-form';
import { WithdrawForm } from './withdraw-form';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'registration' });
  return { title: t('title') };
}

const ACTIVE = ['pending', 'admitted', 'reserve', 'waitlisted'];
const DONE_MESSAGES: Record<string, string> = { registered: 'registered', saved: 'saved', withdrawn: 'withdraw.done' };

export default async function RegisterPage({ params, searchParams }: Props) {
  const { slug, locale: rawLocale } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await getActor();
  if (!actor) redirect(signInPath(locale, `/${locale}/events/${encodeURIComponent(slug)}/register`));
  const data = await getRegistrationForm(actor, slug);
  if (!data) notFound();
  const { event, questions, registration, isOpen, isInTeam } = data;
  const t = await getTranslations({ locale, namespace: 'registration' });
  const done = DONE_MESSAGES[(await searchParams).done ?? ''];
  const isActive = registration !== null && ACTIVE.includes(registration.status);
  const beforeHacking = event.now < event.hackingStartsAt;

  const questionViews = questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    isRequired: q.isRequired,
    label: pick(q, 'label', locale),
    options: q.options.map((o) => ({ value: o.value, label: pick(o, 'label', locale) })),
  }));
  const formEvent = { id: event.id, slug: event.slug, hackingStartsAt: event.hackingStartsAt.toISOString(), timeZone: event.timeZone };
  const existing: RegistrationDefaults | undefined = registration
    ? {
        displayName: registration.displayName,
        affiliation: registration.affiliation,
        skills: registration.skills.join(', '),
        dateOfBirth: registration.dateOfBirth ?? '',
        guardianName: registration.guardianName ?? '',
        guardianContact: registration.guardianContact ?? '',
        answers: registration.answers,
        version: registration.version,
      }
    : undefined;

  return (
    <>
      <h1>{t('heading', { event: pick(event, 'title', locale) })}</h1>
      <p>
        <Link href={`/events/${event.slug}`}>{t('backToEvent')}</Link>
      </p>
      {done && (
        <p className="notice" role="status">
          {t(done)}
        </p>
      )}

      {registration && (
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">{t('status.heading')}</h2>
          <p>
            <strong>{t('status.current', { status: t(`status.${registration.status}`) })}</strong>
          </p>
          {registration.status === 'waitlisted' && registration.waitlistPosition !== null && (
            <p>{t('status.waitlistPosition', { position: registration.waitlistPosition })}</p>
          )}
          {registration.status === 'pending' && event.admissionMode === 'reviewed' && <p>{t('status.pendingHelp')}</p>}
          {isActive && (
            <p>
              <Link href={`/events/${event.slug}/team`}>{t('status.teamLink')}</Link>
            </p>
          )}
        </section>
      )}

      {!registration && !isOpen && (
        <p className="notice">
          {event.now < event.registrationOpensAt ? (
            <>
              {t.rich('notOpenYet', { time: () => <DateTime value={event.registrationOpensAt} timeZone={event.timeZone} /> })}
            </>
          ) : (
            t('closedNotice')
          )}
        </p>
      )}

      {isOpen && (!registration || isActive) && (
        <section aria-labelledby="form-heading">
          <h2 id="form-heading">{registration ? t('status.editHeading') : t('title')}</h2>
          <p>{t.rich('windowNotice', { time: () => <DateTime value={event.registrationClosesAt} timeZone={event.timeZone} /> })}</p>
          <RegistrationForm locale={locale} event={formEvent} questions={questionViews} existing={existing} defaultName={actor.name ?? ''} />
        </section>
      )}

      {isActive && beforeHacking && (
        <section aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">{t('withdraw.heading')}</h2>
          <p>{isInTeam ? t('withdraw.inTeam') : t('withdraw.explain')}</p>
          <WithdrawForm locale={locale} eventId={event.id} slug={event.slug} />
        </section>
      )}
    </>
  );
}
