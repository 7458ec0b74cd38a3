import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';

/*
 * Layout for the signed-in areas (admin, judge, stage, dashboard, account, sign-in pages, the participant
 * pages under an event). The root layout hands the client only the few catalogs public pages need, so
 * anonymous pages stay small; these areas have many client forms, and a form shows whatever error key its
 * action returned, from any namespace, so they get every catalog (the provider with no `messages` prop
 * passes them all). Picking per area would shave private pages further, at the risk of a key shown raw.
 */
export default function AreaMessagesLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
