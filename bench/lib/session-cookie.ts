/*
 * A signed-in session without the sign-in form: the same encrypted JWT Auth.js v5 sets after a password
 * sign-in (lib/auth/config.ts: JWT strategy, the token carries `sub` and `sessionVersion`), made with
 * Auth.js's own `encode` and the server's AUTH_SECRET. Benchmarks and reliability tests use it so that
 * 500 users can be "signed in" without 500 argon2id verifications, which are not what they measure.
 */
import { encode } from 'next-auth/jwt';
import postgres from 'postgres';

/** The cookie name Auth.js uses: `__Secure-` prefixed when the site is served over https. */
export function sessionCookieName(secure = false): string {
  return `${secure ? '__Secure-' : ''}authjs.session-token`;
}

/**
 * A Cookie header value (`authjs.session-token=<jwt>`) that the app accepts as `userId` signed in.
 * `sessionVersion` must match users.session_version (getActor refuses an older one): given, or read
 * from `opts.sql` / `opts.databaseUrl` / DATABASE_URL, or 0 when no database is at hand.
 */
export async function sessionCookieFor(
  userId: string,
  opts: { secret: string; sessionVersion?: number; secure?: boolean; sql?: postgres.Sql; databaseUrl?: string },
): Promise<string> {
  const name = sessionCookieName(opts.secure);
  const sessionVersion = opts.sessionVersion ?? (await readSessionVersion(userId, opts));
  const jwt = await encode({
    token: { sub: userId, sessionVersion },
    secret: opts.secret,
    salt: name,
  });
  return `${name}=${jwt}`;
}

async function readSessionVersion(userId: string, opts: { sql?: postgres.Sql; databaseUrl?: string }): Promise<number> {
  const url = opts.databaseUrl ?? process.env.DATABASE_URL;
  if (!opts.sql && !url) return 0;
  const sql = opts.sql ?? postgres(url!, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ v: number }[]>`select session_version as v from users where id = ${userId}`;
    if (!row) throw new Error(`sessionCookieFor: no user ${userId} in the database`);
    return row.v;
  } finally {
    if (!opts.sql) await sql.end();
  }
}
