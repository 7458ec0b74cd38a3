import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { DateTime } from '@/app/_components/date-time';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { localized, pick } from '@/lib/i18n/localized';
import { listSubmittedSheets } from '@/lib/judging/sheet-admin';
import { listTopicFeedback } from '@/lib/judging/topic-feedback-admin';
import { SetupNav } from '../setup-nav';
import { ReopenForm } from './reopen-form';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingSheets' }))('admin.reopen') };
}

/** Organizers reopen a submitted sheet (audited, with a reason) so its judge can change it. */
export default async function SubmittedSheetsPage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const result = await listSubmittedSheets(actor, slug);
  if (!result.ok) {
    if (result.error.code === 'forbidden') forbidden();
    notFound();
  }
  const { event, rows } = result.data;
  const feedback = await listTopicFeedback(actor, slug);
  const notes = feedback.ok ? feedback.data.rows : [];
  const t = await getTranslations('judgingSheets.admin');
  return (
    <>
      <h1>{t('title', { event: pick(event, 'title', locale) })}</h1>
      <SetupNav slug={slug} current="sheets" />
      <p>{t('intro')}</p>
      {rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('round')}</th>
              <th scope="col">{t('project')}</th>
              <th scope="col">{t('judge')}</th>
              <th scope="col">{t('submittedAt')}</th>
              <th scope="col">{t('privateNote')}</th>
              <th scope="col">{t('reopen')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.sheetId}>
                <td>{localized(locale, row.roundNameZh, row.roundNameEn)}</td>
                <th scope="row">{row.title}</th>
                <td>{row.judgeName ?? row.judgeEmail}</td>
                <td>{row.submittedAt && <DateTime value={row.submittedAt} timeZone={event.timeZone} />}</td>
                <td>
                  {row.isAbsent && <strong>{t('absent')} </strong>}
                  {row.privateNote}
                </td>
                <td>
                  <ReopenForm sheetId={row.sheetId} label={`${row.title} · ${row.judgeName ?? row.judgeEmail}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="topic-feedback">
        <h2 id="topic-feedback">{t('topicFeedback.title')}</h2>
        <p>{t('topicFeedback.intro')}</p>
        {notes.length === 0 ? (
          <p>{t('topicFeedback.none')}</p>
        ) : (
          <table>
            <caption className="visually-hidden">{t('topicFeedback.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('project')}</th>
                <th scope="col">{t('topicFeedback.track')}</th>
                <th scope="col">{t('topicFeedback.author')}</th>
                <th scope="col">{t('topicFeedback.note')}</th>
                <th scope="col">{t('topicFeedback.updatedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {notes.map((note) => (
                <tr key={note.id}>
                  <th scope="row">{note.title}</th>
                  <td>{localized(locale, note.trackNameZh, note.trackNameEn)}</td>
                  <td>{note.authorName ?? note.authorEmail}</td>
                  <td style={{ whiteSpace: 'pre-wrap' }}>{note.body}</td>
                  <td>
                    <DateTime value={note.updatedAt} timeZone={event.timeZone} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
