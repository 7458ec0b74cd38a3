import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/*
 * Public pages carry only the message catalogs their client components need (common, errors,
 * areas.error: app/[locale]/layout.tsx), not every catalog, which made each page ~120 KB of HTML. The
 * signed-in areas still get every catalog (their forms show error keys from any namespace): the sign-in
 * page proves the area provider is there. The probe is a sentence only the admin "new event" page shows.
 */
function adminOnlySentence(locale: 'en' | 'zh-TW'): string {
  const file = path.join(process.cwd(), 'lib/i18n/messages', locale, 'eventSetup.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { new: { intro: string } }).new.intro;
}

const PUBLIC_PAGES = [
  '/en',
  '/zh-TW',
  '/en/events/codefest-taipei-2026-spring',
  '/en/events/codefest-taipei-2026-spring/winners',
  '/zh-TW/projects/codefest-taipei-2026-spring/park-finder',
  '/zh-TW/projects',
  '/en/hall-of-fame',
];

for (const url of PUBLIC_PAGES) {
  test(`${url} carries no area catalogs and stays small`, async ({ request }) => {
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const locale = url.startsWith('/zh-TW') ? 'zh-TW' : 'en';
    expect(html).not.toContain(adminOnlySentence(locale));
    // Was 120-135 KB with every catalog; the pages themselves are 20-40 KB.
    expect(html.length).toBeLessThan(70_000);
  });
}

// Also shows the probe is findable in either language's HTML, so its absence above means something.
for (const locale of ['en', 'zh-TW'] as const) {
  test(`the sign-in page (an area) still hands its client forms every catalog (${locale})`, async ({ request }) => {
    const html = await (await request.get(`/${locale}/sign-in`)).text();
    expect(html).toContain(adminOnlySentence(locale));
  });
}
