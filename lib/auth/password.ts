import { hash, verify } from '@node-rs/argon2';

/*
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes). bcrypt would silently ignore everything
 * past 72 bytes of a passphrase; argon2 does not.
 */
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false; // a malformed stored hash is a failed sign-in, not a crash
  }
}

/**
 * Verified against when the e-mail is unknown, so "no such user" takes as long as "wrong password"
 * and response times do not reveal which addresses have accounts.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('codefest-timing-equaliser');
  return dummyHash;
}
