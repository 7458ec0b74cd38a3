import { unavailableCode } from '@/lib/db-errors';
import type { Result } from '@/lib/result';

/**
 * What a server action hands back to its form through useActionState. Messages are catalog keys
 * (namespace included), translated by the form. `values` echoes what the user typed so nothing is lost
 * on an error; passwords are never put in it.
 */
export type FormState = {
  status: 'idle' | 'error' | 'success';
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

export const initialFormState: FormState = { status: 'idle' };

/** The non-password text fields of a submitted form, for echoing back. */
export function echoValues(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? '')]));
}

/**
 * Maps a domain Result to form state: the general message is the error code's entry in the `errors`
 * catalog, field messages come from the domain layer as keys.
 */
export function formStateFromResult(
  result: Result<unknown>,
  values: Record<string, string>,
  successMessage?: string,
): FormState {
  if (result.ok) return { status: 'success', message: successMessage, values };
  return {
    status: 'error',
    message: `errors.${result.error.code}`,
    fieldErrors: result.error.fieldErrors,
    values,
  };
}

/**
 * Runs an action's body; when the database cannot be reached (a restart, a fail-over), answers the translated
 * `errors.unavailable` with what the user typed, instead of a 500 that replaces the form with the error page
 * and loses it. Needed beside runDomain because the action reads the actor (getActor) before any domain
 * operation runs. Next's redirect()/notFound() signals and every other error pass through untouched.
 */
export async function keepInputIfDatabaseDown(values: Record<string, string>, body: () => Promise<FormState>): Promise<FormState> {
  try {
    return await body();
  } catch (error) {
    const unreachable = unavailableCode(error);
    if (!unreachable) throw error;
    // One line with the code: the driver's message carries the query and its parameters.
    console.error(`Database unavailable (${unreachable}); answered "unavailable"`);
    return { status: 'error', message: 'errors.unavailable', values };
  }
}
