import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { Link } from '@/lib/i18n/navigation';
import { localized, pick } from '@/lib/i18n/localized';
import { getPayouts } from '@/lib/payouts/payouts';
import { ratePercentText } from '@/lib/payouts/withholding';
import { AdoptionDoneNotice } from '../../../../events/[slug]/award/done-notice';
import { unwrap } from '../settings/unwrap';
import { PayoutSettingsForm } from './settings-form';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'adoption' }))('payouts.title') };
}

/** Gross / withheld / net per person and award, the withholding settings, and the CSV for the finance office. */
export default async function PayoutsPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const { event, rule, settingsVersion, lines, total } = unwrap(await getPayouts(actor, slug));
  const { done } = await searchParams;
  const t = await getTranslations('adoption');
  const money = (n: number) => n.toLocaleString(locale === 'en' ? 'en-US' : 'zh-TW');
  return (
    <>
      <p>
        <Link href={`/admin/events/${event.slug}`}>{pick(event, 'title', locale)}</Link>
        {' · '}
        <Link href={`/admin/events/${event.slug}/adoption`}>{t('tools.adoption')}</Link>
      </p>
      <h1>{t('payouts.title')}</h1>
      <p>{t('payouts.intro')}</p>
      <AdoptionDoneNotice done={done} />
      <p>{t('payouts.rule', { rate: ratePercentText(rule.rateBp), threshold: rule.threshold })}</p>
      <p>{t('payouts.rounding')}</p>
      {lines.length === 0 ? (
        <p>{t('payouts.empty')}</p>
      ) : (
        <>
          <p>
            <a href={`/${locale}/admin/events/${event.slug}/payouts/csv`} download>
              {t('payouts.csv')}
            </a>
          </p>
          <table>
            <caption>{t('payouts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('payouts.award')}</th>
                <th scope="col">{t('payouts.team')}</th>
                <th scope="col">{t('payouts.person')}</th>
                <th scope="col">{t('payouts.gross')}</th>
                <th scope="col">{t('payouts.withheld')}</th>
                <th scope="col">{t('payouts.net')}</th>
                <th scope="col">{t('payouts.adoption')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={`${l.awardId}-${l.userId ?? 'none'}`}>
                  <td>{localized(locale, l.titleZh, l.titleEn)}</td>
                  <td>{l.teamName}</td>
                  {l.isSplitDeclared ? (
                    <>
                      <th scope="row">{l.person}</th>
                      <td>{money(l.gross)}</td>
                      <td>{money(l.withheld)}</td>
                      <td>{money(l.net)}</td>
                    </>
                  ) : (
                    <td colSpan={4}>{t('payouts.splitNotDeclared')} (NT${money(l.gross)})</td>
                  )}
                  <td>
                    {t(`status.${l.status ?? 'pending'}`)}
                    {' · '}
                    {l.paidAt ? t('payouts.paid') : t('payouts.notPaid')}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  {t('payouts.total')}
                </th>
                <td>{money(total.gross)}</td>
                <td>{money(total.withheld)}</td>
                <td>{money(total.net)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </>
      )}
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('payouts.settingsHeading')}</h2>
        <PayoutSettingsForm
          key={settingsVersion}
          locale={locale}
          slug={event.slug}
          eventId={event.id}
          initial={{ ratePercent: ratePercentText(rule.rateBp), threshold: String(rule.threshold), version: String(settingsVersion) }}
        />
      </section>
    </>
  );
}
