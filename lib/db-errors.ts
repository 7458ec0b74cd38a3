/** Postgres error codes the domain layer turns into user-facing results. */
const UNIQUE_VIOLATION = '23505';
const CHECK_VIOLATION = '23514';
const FOREIGN_KEY_VIOLATION = '23503';

type PgError = { code?: string; constraint_name?: string; constraint?: string; cause?: unknown };

/** Drizzle wraps driver errors; the Postgres fields live on the error or on its `cause`. */
function pgError(error: unknown): PgError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as PgError;
  if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e;
  return e.cause ? pgError(e.cause) : undefined;
}

function constraintOf(e: PgError): string | undefined {
  return e.constraint_name ?? e.constraint;
}

function matches(error: unknown, code: string, constraint?: string): boolean {
  const e = pgError(error);
  if (!e || e.code !== code) return false;
  return constraint === undefined || constraintOf(e) === constraint;
}

export const isUniqueViolation = (error: unknown, constraint?: string) => matches(error, UNIQUE_VIOLATION, constraint);
export const isCheckViolation = (error: unknown, constraint?: string) => matches(error, CHECK_VIOLATION, constraint);
export const isForeignKeyViolation = (error: unknown, constraint?: string) =>
  matches(error, FOREIGN_KEY_VIOLATION, constraint);
/** 22021: a NUL (or bad byte) in a text value; 22P05: a \u0000 escape in JSON stored as jsonb. */
export const isUnstorableText = (error: unknown) => matches(error, '22021') || matches(error, '22P05');
export const violatedConstraint = (error: unknown): string | undefined => {
  const e = pgError(error);
  return e ? constraintOf(e) : undefined;
};
