'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxGroupField } from '@/app/_components/form/checkbox-group-field';
import { REVIEW_DECISIONS } from '@/lib/validation/people';
import { reviewAction, type ReviewState } from './actions';

const initial: ReviewState = { status: 'idle' };
type Common = { locale: string; slug: string; eventId: string };

function Hidden({ locale, slug, eventId }: Common) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="eventId" value={eventId} />
    </>
  );
}

/** What happened: how many were decided, and each refused row with its reason (announced politely). */
function Outcome({ state }: { state: ReviewState }) {
  const t = useTranslations('people.registrations');
  const tAll = useTranslations();
  if (state.status === 'idle') return null;
  if (state.status === 'error') {
    const messages = [...(state.fieldErrors?.form ?? []), ...(state.fieldErrors?.rows ?? [])].map((key) => tAll(key));
    return (
      <p className="alert" role="alert">
        {[tAll(state.message ?? 'errors.unexpected'), ...messages].join(' ')}
      </p>
    );
  }
  return (
    <div role="status" className={state.refused?.length ? 'alert' : 'notice'}>
      <p>{t('outcome.decided', { count: state.decided ?? 0 })}</p>
      {state.refused && state.refused.length > 0 && (
        <>
          <p>{t('outcome.refusedHeading')}</p>
          <ul>
            {state.refused.map((r) => (
              <li key={r.id}>{t('outcome.refused', { name: r.name || r.id, reason: t(`reasons.${r.reason}`) })}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** One decision for every registration ticked in the table (the boxes point here with their form attribute). */
export function BulkReviewForm(props: Common & { formId: string }) {
  const t = useTranslations('people.registrations');
  const tAll = useTranslations();
  const [state, formAction, isPending] = useActionState(reviewAction, initial);
  return (
    <form id={props.formId} action={formAction} className="form" aria-labelledby={`${props.formId}-heading`}>
      <h2 id={`${props.formId}-heading`}>{t('bulk.heading')}</h2>
      <p>{t('bulk.intro')}</p>
      <Outcome state={state} />
      <Hidden {...props} />
      <CheckboxGroupField
        type="radio"
        name="decision"
        idBase={`${props.formId}-decision`}
        legend={t('bulk.legend')}
        options={REVIEW_DECISIONS.map((value) => ({ value, label: t(`decision.${value}`) }))}
        defaultValues={state.decision ? [state.decision] : []}
        errors={state.fieldErrors?.decision?.map((key) => tAll(key))}
      />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('bulk.submit')}
        </button>
      </div>
    </form>
  );
}

/** Accept / waitlist / reject one row: the same operation with a single row. */
export function RowReviewForm(props: Common & { row: string; name: string; status: string }) {
  const t = useTranslations('people.registrations');
  const [state, formAction, isPending] = useActionState(reviewAction, initial);
  return (
    <form action={formAction}>
      <Hidden {...props} />
      <input type="hidden" name="rows" value={props.row} />
      {REVIEW_DECISIONS.filter((d) => d !== props.status).map((decision) => (
        <button key={decision} type="submit" name="decision" value={decision} className="button secondary" disabled={isPending}>
          {t('decision.' + decision)}
          <span className="visually-hidden"> {props.name}</span>
        </button>
      ))}
      {state.status !== 'success' || (state.refused?.length ?? 0) > 0 ? <Outcome state={state} /> : null}
    </form>
  );
}
