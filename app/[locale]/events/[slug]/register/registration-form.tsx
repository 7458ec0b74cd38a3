'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { CheckboxField } from '@/app/_components/form/checkbox-field';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextField } from '@/app/_components/form/text-field';
import { isMinorAt } from '@/lib/validation/registration';
import { registerAction, updateRegistrationAction, type RegistrationFormState } from './actions';
import { QuestionField, type QuestionView } from './question-field';

export type RegistrationDefaults = {
  displayName: string;
  affiliation: string;
  skills: string;
  dateOfBirth: string;
  guardianName: string;
  guardianContact: string;
  answers: Record<string, unknown>;
  version: number;
};

type Props = {
  locale: string;
  event: { id: string; slug: string; hackingStartsAt: string; timeZone: string };
  questions: QuestionView[];
  /** Present when editing an existing registration. */
  existing?: RegistrationDefaults;
  defaultName: string;
};

/*
 * Every field of the registration in one form. The guardian section appears as soon as the date of birth
 * makes the person a minor on the first hacking day (the same rule the server applies, which checks it
 * again whatever the page showed). On an error everything typed and ticked comes back from the action.
 */
export function RegistrationForm({ locale, event, questions, existing, defaultName }: Props) {
  const t = useTranslations('registration');
  const tAll = useTranslations();
  const action = existing ? updateRegistrationAction : registerAction;
  const [state, formAction, isPending] = useActionState<RegistrationFormState, FormData>(action, initialFormState);
  const errorsOf = useFieldErrors(state);
  const value = (name: keyof RegistrationDefaults, fallback = '') => state.values?.[name] ?? (existing ? String(existing[name] ?? '') : fallback);
  const [dateOfBirth, setDateOfBirth] = useState(value('dateOfBirth'));
  const isMinor = /^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth) && isMinorAt(dateOfBirth, new Date(event.hackingStartsAt), event.timeZone);
  // After a failed submit the boxes show what was ticked; on first load, consents are ticked only when editing.
  const ticked = (name: string) => (state.lists ? (state.lists[name]?.length ?? 0) > 0 : Boolean(existing));
  const formErrors = state.fieldErrors?.form;

  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      {formErrors && formErrors.length > 0 && (
        <ul className="alert" aria-label={tAll('errors.validation')}>
          {formErrors.map((key) => (
            <li key={key}>{tAll(key)}</li>
          ))}
        </ul>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="eventId" value={event.id} />
      <input type="hidden" name="slug" value={event.slug} />
      {existing && <input type="hidden" name="version" value={existing.version} />}

      <fieldset className="field">
        <legend>{t('sections.profile')}</legend>
        <TextField name="displayName" label={`${t('fields.displayName')} ${t('fields.required')}`} autoComplete="name" required maxLength={100} defaultValue={value('displayName', defaultName)} errors={errorsOf('displayName')} />
        <TextField name="affiliation" label={t('fields.affiliation')} hint={t('fields.affiliationHint')} autoComplete="organization" maxLength={200} defaultValue={value('affiliation')} errors={errorsOf('affiliation')} />
        <TextField name="skills" label={t('fields.skills')} hint={t('fields.skillsHint')} defaultValue={value('skills')} errors={errorsOf('skills')} />
      </fieldset>

      <fieldset className="field">
        <legend>{t('sections.birth')}</legend>
        <TextField
          name="dateOfBirth"
          type="date"
          label={`${t('fields.dateOfBirth')} ${t('fields.required')}`}
          hint={t('fields.dateOfBirthHint')}
          autoComplete="bday"
          required
          value={dateOfBirth}
          onChange={(e) => setDateOfBirth(e.target.value)}
          errors={errorsOf('dateOfBirth')}
        />
        {isMinor && (
          <div role="group" aria-labelledby="guardian-intro" className="field">
            <p id="guardian-intro">{t('fields.guardianIntro')}</p>
            <TextField name="guardianName" label={t('fields.guardianName')} required maxLength={100} defaultValue={value('guardianName')} errors={errorsOf('guardianName')} />
            <TextField name="guardianContact" label={t('fields.guardianContact')} required maxLength={200} defaultValue={value('guardianContact')} errors={errorsOf('guardianContact')} />
            <CheckboxField name="guardianConsent" label={t('fields.guardianConsent')} defaultChecked={ticked('guardianConsent')} errors={errorsOf('guardianConsent')} />
          </div>
        )}
      </fieldset>

      {questions.length > 0 && (
        <fieldset className="field">
          <legend>{t('sections.questions')}</legend>
          {questions.map((question) => (
            <QuestionField
              key={question.id}
              question={question}
              requiredMark={t('fields.required')}
              defaults={state.lists ? (state.lists[`answer.${question.id}`] ?? []) : toList(existing?.answers[question.id])}
              errors={errorsOf(`answer.${question.id}`)}
            />
          ))}
        </fieldset>
      )}

      <fieldset className="field">
        <legend>{t('sections.consent')}</legend>
        <CheckboxField name="consentRules" label={`${t('fields.consentRules')} ${t('fields.required')}`} defaultChecked={ticked('consentRules')} errors={errorsOf('consentRules')} />
        <CheckboxField name="consentData" label={`${t('fields.consentData')} ${t('fields.required')}`} defaultChecked={ticked('consentData')} errors={errorsOf('consentData')} />
      </fieldset>

      <div>
        <button type="submit" className="button" disabled={isPending}>
          {existing ? t('fields.save') : t('fields.submit')}
        </button>
      </div>
    </form>
  );
}

/** A stored answer as the list of values the inputs should show. */
function toList(answer: unknown): string[] {
  if (Array.isArray(answer)) return answer.map(String);
  if (answer === true) return ['on'];
  if (typeof answer === 'string' && answer !== '') return [answer];
  return [];
}
