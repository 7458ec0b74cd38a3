import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { changePassword } from '@/lib/accounts/profile';
import { signUp } from '@/lib/accounts/sign-up';
import { loadActor } from '@/lib/auth/actor';

/*
 * A JWT stays valid until it expires, so a stolen session would outlive a password change unless the
 * token's password generation is compared with the account's on every request (getActor does this).
 */
describe('sessions after a password change', () => {
  it('a session from before the change no longer yields an actor; a fresh one does', async () => {
    const email = `revoke-${Date.now()}@example.tw`;
    const created = await signUp({ name: 'Lin', email, password: 'first passphrase' }, { ip: '192.0.2.77' });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const [before] = await db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, created.data.userId));
    const oldVersion = before!.v;
    const actor = await loadActor(created.data.userId, db, { sessionVersion: oldVersion });
    expect(actor).not.toBeNull();

    const changed = await changePassword(actor, { currentPassword: 'first passphrase', newPassword: 'second passphrase' });
    expect(changed.ok).toBe(true);

    expect(await loadActor(created.data.userId, db, { sessionVersion: oldVersion })).toBeNull();
    expect(await loadActor(created.data.userId, db, { sessionVersion: oldVersion + 1 })).not.toBeNull();
  });
});
