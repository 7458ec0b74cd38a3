import { getTranslations } from 'next-intl/server';

const KNOWN = ['created', 'updated', 'deleted'] as const;

/** After an edit or a deletion the page is reloaded; this says what happened, politely (role=status). */
export async function DoneNotice({ done }: { done?: string }) {
  const t = await getTranslations('eventSetup.common');
  const key = KNOWN.find((k) => k === done);
  if (!key) return null;
  return (
    <p role="status" className="notice">
      {t(key)}
    </p>
  );
}
