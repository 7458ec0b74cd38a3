import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { listComplianceItems } from '@/lib/events/compliance';
import { listQuestions } from '@/lib/events/questions';
import { Link } from '@/lib/i18n/navigation';
import { pick } from '@/lib/i18n/localized';
import { unwrap } from '../settings/unwrap';
import { RowButtonForm } from '../tracks/delete-form';
import { DoneNotice } from '../tracks/done-notice';
import { deleteComplianceItemAction, deleteQuestionAction } from './actions';
import { ComplianceForm } from './compliance-form';
import { QuestionForm } from './question-form';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ edit?: string; done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'eventSetup' }))('questions.title') };
}

export default async function QuestionsPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  const { event, questions } = unwrap(await listQuestions(actor, slug));
  const { items } = unwrap(await listComplianceItems(actor, slug));
  const { edit, done } = await searchParams;
  const editing = questions.find((question) => question.id === edit);
  const t = await getTranslations('eventSetup');
  const formProps = { locale, slug: event.slug, eventId: event.id };
  return (
    <>
      <p>
        <Link href={`/admin/events/${event.slug}`}>{pick(event, 'title', locale)}</Link>
      </p>
      <h1>{t('questions.title')}</h1>
      <p>{t('questions.intro')}</p>
      <DoneNotice done={done} />
      {questions.length === 0 ? (
        <p>{t('questions.empty')}</p>
      ) : (
        <table>
          <caption>{t('questions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('questions.scope')}</th>
              <th scope="col">{t('common.labelZh')}</th>
              <th scope="col">{t('questions.kind')}</th>
              <th scope="col">{t('questions.isRequired')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((question) => {
              const label = pick(question, 'label', locale);
              return (
                <tr key={question.id}>
                  <td>{t(`questions.scopes.${question.scope}`)}</td>
                  <th scope="row">
                    {label} <span className="muted">({t('questions.answers', { count: question.answers })})</span>
                  </th>
                  <td>{t(`questions.kinds.${question.kind}`)}</td>
                  <td>{question.isRequired ? t('questions.required') : t('questions.optional')}</td>
                  <td>
                    <Link href={`/admin/events/${event.slug}/questions?edit=${question.id}`}>{t('common.editNamed', { name: label })}</Link>
                    <RowButtonForm action={deleteQuestionAction} {...formProps} id={question.id} label={t('common.deleteNamed', { name: label })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing ? (
        <section aria-labelledby="question-form-heading">
          <h2 id="question-form-heading">{t('questions.editHeading', { label: pick(editing, 'label', locale) })}</h2>
          <QuestionForm
            {...formProps}
            key={editing.id}
            questionId={editing.id}
            locked={editing.answers > 0}
            submitLabel={t('common.save')}
            initial={{
              scope: editing.scope,
              kind: editing.kind,
              labelZh: editing.labelZh,
              labelEn: editing.labelEn,
              // Stored values first, so editing keeps every answered option attached to its answers.
              options: editing.options.map((o) => `${o.value} | ${o.labelZh} | ${o.labelEn}`).join('\n'),
              isRequired: editing.isRequired ? 'on' : '',
              position: String(editing.position),
            }}
          />
        </section>
      ) : (
        <section aria-labelledby="question-form-heading">
          <h2 id="question-form-heading">{t('questions.addHeading')}</h2>
          <QuestionForm {...formProps} submitLabel={t('questions.add')} />
        </section>
      )}

      <section aria-labelledby="compliance-heading">
        <h2 id="compliance-heading">{t('compliance.heading')}</h2>
        {items.length === 0 ? (
          <p>{t('compliance.empty')}</p>
        ) : (
          <ul>
            {items.map((item) => {
              const label = pick(item, 'label', locale);
              return (
                <li key={item.id}>
                  {label} <RowButtonForm action={deleteComplianceItemAction} {...formProps} id={item.id} label={t('common.deleteNamed', { name: label })} />
                </li>
              );
            })}
          </ul>
        )}
        <h3>{t('compliance.addHeading')}</h3>
        <ComplianceForm {...formProps} />
      </section>
    </>
  );
}
