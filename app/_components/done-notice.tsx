import { getTranslations } from 'next-intl/server';

/**
 * After a save the page is reloaded with ?done=<what>; this says what happened, politely (role=status).
 * Only the outcomes a page lists are shown, so a crafted URL cannot make it say anything else.
 */
export async function DoneNotice({ done, messages, known }: { done?: string; messages: string; known: readonly string[] }) {
  if (!done || !known.includes(done)) return null;
  const t = await getTranslations(messages);
  return (
    <p role="status" className="notice">
      {t(done)}
    </p>
  );
}
