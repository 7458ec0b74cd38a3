import { getTranslations } from 'next-intl/server';
import type { EventPhase } from '@/lib/events/phase';
import { getActor } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';

/** One clear next step that matches where the event stands and whether the visitor is signed in. */
export async function CallToAction({ phase }: { phase: EventPhase }) {
  const [t, actor] = await Promise.all([getTranslations('events.cta'), getActor()]);
  const participantArea = actor ? '/dashboard' : '/sign-up';
  const byPhase: Record<EventPhase, { href: string; label: string } | null> = {
    upcoming: { href: participantArea, label: t(actor ? 'prepare' : 'signUpFirst') },
    registration: { href: participantArea, label: t(actor ? 'register' : 'signUpToRegister') },
    hacking_soon: { href: participantArea, label: t('joinTeam') },
    hacking: { href: participantArea, label: t('submit') },
    judging: null,
    results: null,
    ended: null,
  };
  const action = byPhase[phase];
  if (!action) return <p className="notice">{t(phase === 'ended' ? 'resultsOut' : 'judgingUnderway')}</p>;
  return (
    <p>
      <Link className="button" href={action.href}>
        {action.label}
      </Link>
    </p>
  );
}
