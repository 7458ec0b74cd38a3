import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS } from './helpers/authorization-fixture';
import { pendingRows, rowLabel, runnableRows } from './helpers/authorization-matrix-runner';
import { AUTHORIZATION_TABLE } from './helpers/authorization-table';
import { CROSS_EVENT_ROWS } from './helpers/authorization-table-admin';

/*
 * Issue 6 §2.3: every server action and route handler × every kind of actor, from one table
 * (helpers/authorization-table*.ts). Two parts:
 *  1. completeness: the source tree's entry points and the table's rows must match one to one (a new action
 *     without a row fails here, by name), and each entry's source must call the row's domain function;
 *  2. the matrix (authorization-matrix-1..3.test.ts, helpers/authorization-matrix-runner.ts): each row's
 *     domain function, called with valid input, refuses every actor outside `allow` (forbidden /
 *     not_found / unauthenticated) and changes no row of any table; every actor in `allow`
 *     gets past authorization (any other answer, e.g. a conflict with the fixture's state, is fine — but not
 *     `validation`, which would mean the test's input, not the actor, decided).
 * Denied actors run first on one fixture per row; each allowed actor gets a fresh fixture (a new event).
 * This file checks completeness and prints the rows that are NOT run dynamically (pending) as todos.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

// ── 1. the source tree's entry points ──
function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.posix.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : walk(rel);
    return /\.tsx?$/.test(d.name) ? [rel] : [];
  });
}

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
/** The top-level declaration starting at `index`: a one-line statement, or up to the closing brace in column 0. */
function declarationAt(text: string, index: number): string {
  const statement = /^export\s+const\s+\{[^}]*\}\s*=[^;\n]*;/.exec(text.slice(index));
  if (statement) return statement[0];
  const end = text.indexOf('\n}', index);
  return text.slice(index, end === -1 ? undefined : end + 2);
}

/**
 * Entry → its source text: its own declaration plus the same-file helpers it calls (an action often hands
 * its FormData to a local `run`/`submit`/`finish` that calls the domain function).
 */
function sourceEntries(): Map<string, string> {
  const entries = new Map<string, string>();
  for (const file of [...walk('app'), ...walk('lib')]) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const helpers = [...text.matchAll(/^(?:async\s+)?function\s+(\w+)/gm)].map((m) => ({ name: m[1]!, body: declarationAt(text, m.index) }));
    const withHelpers = (body: string) => [body, ...helpers.filter((h) => new RegExp(`\\b${h.name}\\b`).test(body)).map((h) => h.body)].join('\n');
    const bodyFrom = (index: number) => withHelpers(declarationAt(text, index));
    const isActionFile = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use server['"]/.test(text);
    if (isActionFile) {
      for (const m of text.matchAll(/export\s+(?:async\s+function|function|const|let)\s+(\w+)/g)) {
        // Types and constants exported for the forms are not endpoints; only functions are.
        if (/^export\s+(?:const|let)\s+\w+\s*=\s*(?!async|\()/.test(text.slice(m.index))) continue;
        entries.set(`${file}#${m[1]}`, bodyFrom(m.index));
      }
    }
    // A server action declared inline ('use server' as the function body's first statement), as a function
    // or as an arrow function.
    for (const m of text.matchAll(/(?:async\s+function\s+(\w+)\s*\([^)]*\)|(\w+)\s*=\s*async\s*\([^)]*\)\s*=>)\s*(?::[^{]+)?\{\s*['"]use server['"]/g)) {
      entries.set(`${file}#${m[1] ?? m[2]}`, text.slice(m.index, text.indexOf('\n  }', m.index) + 4));
    }
    if (file.startsWith('app/') && /\/route\.tsx?$/.test(file)) {
      for (const m of text.matchAll(/export\s+(?:(?:async\s+)?function|const)\s+(\w+)/g)) if (HTTP_METHODS.includes(m[1]!)) entries.set(`${file}#${m[1]}`, bodyFrom(m.index));
      for (const m of text.matchAll(/export\s+const\s+\{([^}]+)\}\s*=/g)) {
        for (const name of m[1]!.split(',').map((s) => s.trim().split(':').pop()!.trim())) if (HTTP_METHODS.includes(name)) entries.set(`${file}#${name}`, bodyFrom(m.index));
      }
    }
  }
  return entries;
}

describe('authorization table is complete', () => {
  const entries = sourceEntries();
  const rowEntries = new Set(AUTHORIZATION_TABLE.map((r) => r.entry));

  it('finds the entry points it should (sanity: the scan itself works)', () => {
    expect(entries.size).toBeGreaterThan(90);
    expect(entries.has('app/api/health/route.ts#GET')).toBe(true);
    expect(entries.has('app/_components/sign-out-button.tsx#signOutAction')).toBe(true);
  });

  it('every server action and route handler has a row', () => {
    const missing = [...entries.keys()].filter((e) => !rowEntries.has(e)).sort();
    expect(missing.join('\n'), 'entry points without a row in test/integration/helpers/authorization-table*.ts').toBe('');
  });

  it('every row names an entry point that exists', () => {
    const stale = [...rowEntries].filter((e) => !entries.has(e)).sort();
    expect(stale.join('\n'), 'rows whose entry no longer exists').toBe('');
  });

  it("each entry's source calls the row's domain function", () => {
    const wrong = AUTHORIZATION_TABLE.filter((r) => entries.has(r.entry) && !new RegExp(`\\b${r.domain}\\b`).test(entries.get(r.entry)!)).map((r) => `${r.entry} does not call ${r.domain}`);
    expect(wrong.join('\n')).toBe('');
  });

  it('the checks above can fail: a row taken out, or a wrong domain name, is reported', () => {
    const [first] = AUTHORIZATION_TABLE;
    const without = new Set(AUTHORIZATION_TABLE.filter((r) => r.entry !== first!.entry).map((r) => r.entry));
    expect([...entries.keys()].filter((e) => !without.has(e))).toEqual([first!.entry]);
    expect(/\bsomeOtherDomainFunction\b/.test(entries.get(first!.entry)!)).toBe(false);
  });

  it('the mixed-ids rows name entries that exist and call their domain function', () => {
    const wrong = CROSS_EVENT_ROWS.filter((r) => !entries.has(r.entry) || !new RegExp(`\\b${r.domain}\\b`).test(entries.get(r.entry)!)).map((r) => `${r.entry} → ${r.domain}`);
    expect(wrong.join('\n')).toBe('');
  });

  it('every row × actor has an expectation, and no row allows an actor twice', () => {
    for (const row of AUTHORIZATION_TABLE) {
      for (const kind of row.allow) expect(ACTOR_KINDS).toContain(kind);
      expect(new Set(row.allow).size, row.entry).toBe(row.allow.length);
    }
  });
});

// ── 2. what the matrix runs (authorization-matrix-<k>.test.ts) and what it does not ──
describe('authorization matrix coverage', () => {
  it(`runs ${runnableRows.length} of ${AUTHORIZATION_TABLE.length} rows; ${pendingRows.length} pending (listed, NOT tested)`, () => {
    console.log(
      `authorization matrix: ${runnableRows.length} rows × ${ACTOR_KINDS.length} actors run in authorization-matrix-1..3.test.ts; pending (not run dynamically):\n` +
        pendingRows.map((r) => `  - ${rowLabel(r)}: ${r.pending ?? 'no call'}`).join('\n'),
    );
    expect(runnableRows.length + pendingRows.length).toBe(AUTHORIZATION_TABLE.length);
  });
  for (const row of pendingRows) it.todo(`PENDING ${rowLabel(row)}: ${row.pending ?? 'no call'}`);
});
