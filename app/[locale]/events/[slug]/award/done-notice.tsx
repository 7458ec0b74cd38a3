import { getTranslations } from 'next-intl/server';

const KNOWN = ['linked', 'splitSaved', 'saved', 'paid', 'followupAdded', 'settingsSaved'] as const;

/** After a save the page is reloaded with ?done=<what>; this says what happened, politely (role=status). */
export async function AdoptionDoneNotice({ done }: { done?: string }) {
  const t = await getTranslations('adoption.done');
  const key = KNOWN.find((k) => k === done);
  if (!key) return null;
  return (
    <p role="status" className="notice">
      {t(key)}
    </p>
  );
}
