'use client';

import { CheckboxField } from '@/app/_components/form/checkbox-field';
import { CheckboxGroupField } from '@/app/_components/form/checkbox-group-field';
import { TextField } from '@/app/_components/form/text-field';
import { TextareaField } from '@/app/_components/form/textarea-field';
import type { QuestionKind } from '@/lib/validation/custom-answers';

/** A custom question as the page shows it: the label and option labels already in the visitor's language. */
export type QuestionView = { id: string; kind: QuestionKind; isRequired: boolean; label: string; options: { value: string; label: string }[] };

type Props = { question: QuestionView; requiredMark: string; defaults: string[]; errors?: string[] };

/** One organizer-defined question, rendered by its kind; its name `answer.<id>` is also where its errors come back. */
export function QuestionField({ question, requiredMark, defaults, errors }: Props) {
  const name = `answer.${question.id}`;
  const label = question.isRequired ? `${question.label} ${requiredMark}` : question.label;
  switch (question.kind) {
    case 'short_text':
      return <TextField name={name} label={label} maxLength={200} required={question.isRequired} defaultValue={defaults[0] ?? ''} errors={errors} />;
    case 'long_text':
      return <TextareaField name={name} label={label} maxLength={4000} required={question.isRequired} defaultValue={defaults[0] ?? ''} errors={errors} />;
    case 'single_choice':
      return <CheckboxGroupField type="radio" name={name} legend={label} options={question.options} defaultValues={defaults} errors={errors} />;
    case 'multi_choice':
      return <CheckboxGroupField name={name} legend={label} options={question.options} defaultValues={defaults} errors={errors} />;
    case 'checkbox':
      return <CheckboxField name={name} label={label} defaultChecked={defaults.length > 0} errors={errors} />;
  }
}
