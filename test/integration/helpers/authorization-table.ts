import type { Actor } from '@/lib/auth/actor';
import type { ActorKind, ExtraKind, Fixture, Phase } from './authorization-fixture';
import { ADMIN_ROWS } from './authorization-table-admin';
import { PARTICIPANT_ROWS } from './authorization-table-participant';

/*
 * The authorization matrix, as a table: one row per entry point (a server action, or a route handler's
 * method), or several when one action dispatches to several domain functions (say, the team page's
 * member buttons). `allow` is the SPEC, written from what the product must allow, not from what the code
 * answers; `note` says where an actor is allowed by a scope the fixture does not give them.
 *
 * A row without `call` (or with `pending`) is NOT tested dynamically: the matrix test prints it.
 */
export type Outcome = { ok: true } | { ok: false; error: { code: string } };

export type MatrixRow = {
  /** `app/<path>#exportName`, or `app/<path>/route.ts#GET`. */
  entry: string;
  /** The lib function the entry delegates to; its name must appear in the entry's source body. */
  domain: string;
  allow: readonly ActorKind[];
  /** Fixture users outside the eight kinds who are allowed by a narrower scope; run as allowed too. */
  alsoAllowed?: readonly ExtraKind[];
  /** Which phase of the event the fixture is built in (default hacking). */
  phase?: Phase;
  /** State this row needs beyond the phase's fixture, written before anyone acts (and before the digest). */
  setup?: (f: Fixture) => Promise<unknown>;
  call?: (actor: Actor | null, f: Fixture) => Promise<Outcome>;
  /** Why this row is not run dynamically; the matrix test prints it. */
  pending?: string;
  note?: string;
};

export const AUTHORIZATION_TABLE: readonly MatrixRow[] = [...ADMIN_ROWS, ...PARTICIPANT_ROWS];
