'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState, type FormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { MarkdownField } from './markdown-field';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The starting values, all strings as the inputs hold them (timeline as wall clocks of the event zone). */
export type EventFormValues = Record<string, string>;

type Props = { locale: string; action: Action; initial: EventFormValues; submitLabel: string; eventId?: string; currentSlug?: string };

const TIMELINE = ['registrationOpensAt', 'registrationClosesAt', 'withdrawalDeadline', 'hackingStartsAt', 'submissionDeadline', 'judgingEndsAt'] as const;

/*
 * Create and edit share this form. After an error every field shows what the user typed (state.values);
 * the version travels in a hidden field, and after a successful save the action hands back the new one,
 * so a second save from the same page is not mistaken for a stale one.
 */
export function EventForm({ locale, action, initial, submitLabel, eventId, currentSlug }: Props) {
  const t = useTranslations('eventSetup');
  const [state, formAction, isPending] = useActionState(action, initialFormState);
  const errorsOf = useFieldErrors(state);
  const value = (name: string) => state.values?.[name] ?? initial[name] ?? '';
  const text = (name: string, props: { hint?: string; required?: boolean; maxLength?: number; type?: string } = {}) => (
    <TextField name={name} label={t(`fields.${name}`)} defaultValue={value(name)} errors={errorsOf(name)} maxLength={props.maxLength ?? 200} {...props} />
  );
  return (
    // Keyed on the version so that, after a save, the inputs start from the saved values.
    <form key={value('version')} action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      {eventId && <input type="hidden" name="eventId" value={eventId} />}
      {currentSlug && <input type="hidden" name="currentSlug" value={currentSlug} />}
      <input type="hidden" name="version" value={value('version')} />

      <fieldset>
        <legend>{t('sections.basics')}</legend>
        {text('slug', { hint: t('fields.slugHint'), required: true, maxLength: 60 })}
        {text('titleZh', { hint: t('fields.titleHint') })}
        {text('titleEn')}
        <TextareaField name="summaryZh" label={t('fields.summaryZh')} rows={2} maxLength={500} defaultValue={value('summaryZh')} errors={errorsOf('summaryZh')} />
        <TextareaField name="summaryEn" label={t('fields.summaryEn')} rows={2} maxLength={500} defaultValue={value('summaryEn')} errors={errorsOf('summaryEn')} />
        {text('venueZh', { maxLength: 300 })}
        {text('venueEn', { maxLength: 300 })}
      </fieldset>

      <fieldset>
        <legend>{t('sections.timeline')}</legend>
        {text('timeZone', { hint: t('fields.timeZoneHint'), required: true, maxLength: 64 })}
        <p className="field-hint">{t('fields.timelineHint', { zone: initial.timeZone ?? 'Asia/Taipei' })}</p>
        {TIMELINE.map((name) => (
          <TextField
            key={name}
            name={name}
            type="datetime-local"
            label={t(`fields.${name}`)}
            hint={name === 'withdrawalDeadline' ? t('fields.withdrawalDeadlineHint') : undefined}
            required={name !== 'withdrawalDeadline'}
            defaultValue={value(name)}
            errors={errorsOf(name)}
          />
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('sections.participation')}</legend>
        <TextField name="teamSizeMin" type="number" inputMode="numeric" min={1} max={20} label={t('fields.teamSizeMin')} defaultValue={value('teamSizeMin')} errors={errorsOf('teamSizeMin')} />
        <TextField name="teamSizeMax" type="number" inputMode="numeric" min={1} max={20} label={t('fields.teamSizeMax')} defaultValue={value('teamSizeMax')} errors={errorsOf('teamSizeMax')} />
        <TextField name="capacity" type="number" inputMode="numeric" min={1} label={t('fields.capacity')} hint={t('fields.capacityHint')} defaultValue={value('capacity')} errors={errorsOf('capacity')} />
        <SelectField
          // Keyed on the value so a refused save keeps the chosen mode: React resets selects to their first default.
          key={`mode-${value('admissionMode')}`}
          name="admissionMode"
          label={t('fields.admissionMode')}
          defaultValue={value('admissionMode') || 'automatic'}
          options={(['automatic', 'reviewed'] as const).map((mode) => ({ value: mode, label: t(`fields.admissionModes.${mode}`) }))}
          errors={errorsOf('admissionMode')}
        />
      </fieldset>

      <fieldset>
        <legend>{t('sections.description')}</legend>
        <MarkdownField name="descriptionZh" label={t('fields.descriptionZh')} defaultValue={value('descriptionZh')} errors={errorsOf('descriptionZh')} />
        <MarkdownField name="descriptionEn" label={t('fields.descriptionEn')} defaultValue={value('descriptionEn')} errors={errorsOf('descriptionEn')} />
      </fieldset>

      <fieldset>
        <legend>{t('sections.rulesFaq')}</legend>
        {(['rulesZh', 'rulesEn', 'faqZh', 'faqEn'] as const).map((name) => (
          <MarkdownField key={name} name={name} label={t(`fields.${name}`)} defaultValue={value(name)} errors={errorsOf(name)} />
        ))}
      </fieldset>

      <div>
        <button type="submit" className="button" disabled={isPending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
