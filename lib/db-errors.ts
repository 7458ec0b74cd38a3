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

/*
 * The database could not be reached or dropped us mid-request (a restart, a fail-over, a network blip).
 * Not the user's fault and usually over in seconds, so actions answer a translated "try again, your work
 * is kept" instead of a 500 (issue 6 §2.1). Codes: the socket's (ECONNREFUSED ...), postgres.js's own
 * (CONNECTION_CLOSED, CONNECT_TIMEOUT ...), SQLSTATE class 08 (connection exception) and 57P01-57P03
 * (the server is shutting down, crashed, or still starting). Drizzle wraps the driver's error in `cause`;
 * a connect to several addresses fails with an AggregateError of each.
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01',
  '57P02',
  '57P03',
]);

/** The code that says the database is unreachable (e.g. `ECONNREFUSED`, `57P01`), or null for any other error. */
export function unavailableCode(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== 'object' || depth > 5) return null;
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (UNREACHABLE_CODES.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code))) return e.code;
  for (const inner of Array.isArray(e.errors) ? e.errors : []) {
    const code = unavailableCode(inner, depth + 1);
    if (code) return code;
  }
  return unavailableCode(e.cause, depth + 1);
}

export const isDatabaseUnavailable = (error: unknown) => unavailableCode(error) !== null;
