'use client';

import { useTranslations } from 'next-intl';
import type { FormState } from './form-state';

/**
 * The form's overall outcome. An error is role="alert" (announced at once); a success is role="status"
 * (announced politely). Translates the key the action returned.
 */
export function FormMessage({ state }: { state: FormState }) {
  const t = useTranslations();
  if (!state.message || state.status === 'idle') return null;
  const isError = state.status === 'error';
  return (
    <p className={isError ? 'alert' : 'notice'} role={isError ? 'alert' : 'status'}>
      {t(state.message)}
    </p>
  );
}

/** Translates the field's message keys for TextField/SelectField. */
export function useFieldErrors(state: FormState) {
  const t = useTranslations();
  return (name: string): string[] | undefined => state.fieldErrors?.[name]?.map((key) => t(key));
}
