import type { Locale } from './routing';

/**
 * The catalogs are split by namespace, one file each, so separate areas of the app can grow their copy
 * without editing one giant file. A unit test checks both languages carry exactly the same keys.
 */
export const namespaces = ['common', 'errors', 'auth', 'events', 'account', 'areas', 'registration', 'teams', 'submissions', 'admission', 'judgingSheets', 'judgingSetup', 'judgingResults', 'eventSetup', 'announcements', 'checkin', 'dashboard', 'showcase', 'people', 'adoption', 'results'] as const;
export type Namespace = (typeof namespaces)[number];

export async function loadMessages(locale: Locale): Promise<Record<Namespace, Record<string, unknown>>> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as Record<Namespace, Record<string, unknown>>;
}
