import { isUnstorableText, unavailableCode } from './db-errors';

/**
 * What a domain operation returns across the action boundary. Expected failures are values, not throws,
 * so a form can show each one beside its field; unexpected failures throw and are logged.
 */
export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'stale_version'
  | 'deadline_passed'
  | 'rate_limited'
  | 'closed'
  | 'invalid_text'
  /** The database could not be reached (a restart, a fail-over): the write was not confirmed; the user tries again. */
  | 'unavailable';

/** Field errors hold full catalog keys (e.g. `auth.errors.emailInvalid`), translated by the page beside the field. */
export type FieldErrors = Record<string, string[] | undefined>;
export type DomainError = { code: ErrorCode; fieldErrors?: FieldErrors };
export type Result<T> = { ok: true; data: T } | { ok: false; error: DomainError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, fieldErrors?: FieldErrors): { ok: false; error: DomainError } => ({
  ok: false,
  error: fieldErrors ? { code, fieldErrors } : { code },
});

/** Thrown inside a transaction to roll it back with an expected failure; `runDomain` turns it back into a Result. */
export class DomainFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(code);
    this.name = 'DomainFailure';
  }
}

/**
 * Runs a mutation body; a DomainFailure becomes `{ ok: false }`, anything else propagates. Text Postgres
 * cannot store (a NUL character, which every text field lets through and a crafted form can post) is the
 * user's input, not our failure: it becomes `invalid_text` instead of a 500. A database that cannot be
 * reached becomes `unavailable` (logged, since it is our failure, but answered with a translated "try again"
 * so the form keeps what the user typed).
 */
export async function runDomain<T>(body: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await body());
  } catch (error) {
    if (error instanceof DomainFailure) return fail(error.code, error.fieldErrors);
    if (isUnstorableText(error)) return fail('invalid_text');
    const unreachable = unavailableCode(error);
    if (unreachable) {
      // One line with the code: the driver's message carries the query and its parameters.
      console.error(`Database unavailable (${unreachable}); answered "unavailable"`);
      return fail('unavailable');
    }
    throw error;
  }
}
