/*
 * The load of the fault-injection test: every member saves their team's submission in a loop through the
 * same server action the browser's form calls (saveSubmissionAction over HTTP, bench/lib/action-client),
 * each save with content unique to that request, and every answer is recorded with its timing. Like a
 * person, a member pauses 1-2 s between saves; one whose save was refused tries again with the same version;
 * one whose save came back as a conflict (a save whose commit was not confirmed, then retried) reloads the
 * current version. A public page and the health check are probed beside it.
 */
import { actionIdOf, callAction } from '../../../bench/lib/action-client';
import type { RushFixture, RushMember } from './rush-fixture';

export type SaveAnswer = {
  member: number;
  /** The version the save was based on, and the tagline that makes its content unique. */
  sentVersion: number;
  title: string;
  tagline: string;
  /** ms since the rush began. */
  start: number;
  end: number;
  status: number;
  /** `saved=N` of the redirect: the app said this content is version N. */
  savedVersion: number | null;
  conflict: boolean;
  /** The form state the action returned when it did not redirect. */
  state: { status?: string; message?: string; values?: Record<string, string> } | null;
  error: string | null;
};

export type PageProbe = { path: string; start: number; end: number; status: number; body: string; error: string | null };

export const SUBMISSION_ACTIONS_FILE = 'app/[locale]/events/[slug]/submission/actions.ts';

export type Rush = {
  answers: SaveAnswer[];
  probes: PageProbe[];
  /** ms since the rush began. */
  now: () => number;
  /** How many members have had a save go through so far. */
  savedMembers: () => number;
  /** Resolves when every loop has seen `stop()` and finished its request in flight. */
  stop: () => Promise<void>;
};

type Options = {
  baseUrl: string;
  fixture: RushFixture;
  /** Per request; an answer slower than this counts as a hang. */
  timeoutMs: number;
  /** Reads a team's current version when a save came back as a conflict (the test's own database client). */
  currentVersion: (teamId: string) => Promise<number>;
  probePaths: string[];
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function startRush(o: Options): Rush {
  const t0 = performance.now();
  const now = () => performance.now() - t0;
  const answers: SaveAnswer[] = [];
  const probes: PageProbe[] = [];
  const actionId = actionIdOf(SUBMISSION_ACTIONS_FILE, 'saveSubmissionAction');
  let running = true;
  const savedMembers = new Set<number>();

  async function saveLoop(member: RushMember) {
    let version = 0;
    // Half the members use the Chinese pages, half the English ones: the answer is the same catalog key.
    const locale = member.index % 2 ? 'zh-TW' : 'en';
    const pagePath = `/${locale}/events/${o.fixture.slug}/submission`;
    for (let k = 0; running; k++) {
      const title = `Rush project ${member.index}`;
      const tagline = `save ${k} of member ${member.index}`;
      const form = new FormData();
      form.set('locale', locale);
      form.set('slug', o.fixture.slug);
      form.set('eventId', o.fixture.eventId);
      form.set('version', String(version));
      form.set('title', title);
      form.set('tagline', tagline);
      const start = now();
      const answer = await callAction(o.baseUrl, { pagePath, actionId, args: [{ status: 'idle' }, form], cookie: member.cookie, timeoutMs: o.timeoutMs });
      const saved = answer.redirectTo ? new URL(answer.redirectTo, o.baseUrl).searchParams : null;
      const savedVersion = saved?.get('saved') ? Number(saved.get('saved')) : null;
      const conflict = Boolean(saved?.get('conflict'));
      const state = answer.redirectTo ? null : ((await Promise.resolve(answer.result).catch(() => null)) as SaveAnswer['state']);
      answers.push({ member: member.index, sentVersion: version, title, tagline, start, end: now(), status: answer.status, savedVersion, conflict, state, error: answer.error });
      if (savedVersion !== null) {
        version = savedVersion;
        savedMembers.add(member.index);
      } else if (conflict) {
        version = await retry(() => o.currentVersion(member.teamId));
      }
      // A person reads the answer and types a little before saving again (and does not hammer the button
      // after an error): 1-2 s. 30 members then offer ~15-20 saves/s, about what `next start` serves on two
      // shared cores, so the test measures the outage rather than a CPU queue of renders.
      await sleep(1000 + Math.random() * 1000);
    }
  }

  // One loop per path, so a slow page does not delay the probes of another.
  async function probeLoop(path: string) {
    while (running) {
      const start = now();
      try {
        const response = await fetch(new URL(path, o.baseUrl), { signal: AbortSignal.timeout(o.timeoutMs) });
        probes.push({ path, start, end: now(), status: response.status, body: await response.text(), error: null });
      } catch (error) {
        probes.push({ path, start, end: now(), status: 0, body: '', error: String(error) });
      }
      await sleep(250);
    }
  }

  const loops = [...o.fixture.members.map(saveLoop), ...o.probePaths.map(probeLoop)];
  return {
    answers,
    probes,
    now,
    savedMembers: () => savedMembers.size,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function retry<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= 40) throw error;
      await sleep(250);
    }
  }
}
