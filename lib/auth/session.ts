import 'server-only';
import { auth } from './config';
import { loadActor, type Actor } from './actor';

/**
 * The signed-in actor for this request, or null. The JWT only says who signed in; the account is re-read
 * from the database on every call, so a disabled account (or a revoked admin flag) stops working at once
 * instead of when the token expires.
 */
export async function getActor(): Promise<Actor | null> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadActor(userId, undefined, { sessionVersion: session.sessionVersion });
}
