import { getTranslations } from 'next-intl/server';
import type { EventPhase } from '@/lib/events/phase';
import { myStandingIn } from '@/lib/events/my-events';
import { getActor } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';

type Action = { href: string; label: string } | { notice: string } | null;
type Standing = Awaited<ReturnType<typeof myStandingIn>>;

/*
 * One clear next step that matches where the event stands and where the visitor stands in it: not signed
 * in, not registered, registered without a team, in a team. The pages it links to check everything again;
 * this only chooses the most useful door.
 */
type Visitor = { signedIn: boolean; standing: Standing; isRegistrationOpen: boolean };

function chooseAction(phase: EventPhase, base: string, { signedIn, standing, isRegistrationOpen }: Visitor, t: (key: string) => string): Action {
  const signIn = (label: string) => ({ href: `/sign-in?${new URLSearchParams({ callbackUrl: base })}`, label: t(label) });
  const isActive = standing !== null && standing.registrationStatus !== 'withdrawn' && standing.registrationStatus !== 'rejected';
  switch (phase) {
    case 'upcoming':
      return signedIn ? { href: '/dashboard', label: t('prepare') } : { href: '/sign-up', label: t('signUpFirst') };
    case 'registration':
      if (!signedIn) return { href: '/sign-up', label: t('signUpToRegister') };
      if (!standing) return { href: `${base}/register`, label: t('register') };
      if (!isActive) return { href: `${base}/register`, label: t('viewRegistration') };
      return { href: `${base}/team`, label: t(standing.teamId ? 'myTeam' : 'joinTeam') };
    case 'hacking_soon':
    case 'hacking':
      if (!signedIn) return signIn('signInToContinue');
      // An organizer may keep registration open into the hackathon for late joiners.
      if (!standing && isRegistrationOpen) return { href: `${base}/register`, label: t('register') };
      if (!standing || !isActive) return { notice: t('registrationClosed') };
      if (!standing.teamId) return { href: `${base}/team`, label: t('joinTeam') };
      return phase === 'hacking' ? { href: `${base}/submission`, label: t('submit') } : { href: `${base}/team`, label: t('myTeam') };
    case 'judging':
      if (standing?.teamId && standing.submissionStatus) return { href: `${base}/submission`, label: t('viewSubmission') };
      return { notice: t('judgingUnderway') };
    case 'results':
      return { notice: t('judgingUnderway') };
    case 'ended':
      return { notice: t('resultsOut') };
  }
}

type Props = { phase: EventPhase; eventId: string; slug: string; isRegistrationOpen: boolean };

export async function CallToAction({ phase, eventId, slug, isRegistrationOpen }: Props) {
  const [t, actor] = await Promise.all([getTranslations('events.cta'), getActor()]);
  const standing = actor ? await myStandingIn(actor, eventId) : null;
  const action = chooseAction(phase, `/events/${slug}`, { signedIn: actor !== null, standing, isRegistrationOpen }, t);
  if (!action) return null;
  if ('notice' in action) return <p className="notice">{action.notice}</p>;
  return (
    <p>
      <Link className="button" href={action.href}>
        {action.label}
      </Link>
    </p>
  );
}
