import { randomInt } from 'node:crypto';

/*
 * Invite codes are read aloud at the workshop and typed from a projector, so the alphabet leaves out
 * characters people confuse (0/O, 1/I/L, and U which reads like V in some fonts). Ten characters from 30
 * give about 6·10^14 codes: guessing one is hopeless, and a collision (refused by the unique index) is
 * as unlikely as a meteor strike during the demo.
 */
export const INVITE_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
export const INVITE_CODE_LENGTH = 10;

/** `randomInt` is uniform (no modulo bias) and comes from the operating system's CSPRNG. */
export function generateInviteCode(length = INVITE_CODE_LENGTH, random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < length; i++) code += INVITE_CODE_ALPHABET[random(INVITE_CODE_ALPHABET.length)];
  return code;
}
