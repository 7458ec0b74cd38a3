import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hostileInput, hostileRuns } from '../reliability/hostile-input';
import { fieldsOf, invariantViolations, isZodSchema } from '../reliability/schema-invariants';

/*
 * Every zod schema exported from lib/validation/, found by walking the module exports (a new schema is
 * tested the day it is added, with no list to update), fed random and malicious input: huge strings,
 * control characters, mixed scripts, bidi and zero-width characters, SQL and HTML/JS payloads, wrong
 * types, missing fields and prototype-pollution keys. Properties:
 *   1. safeParse only ever returns (a throw would be a 500 in the action);
 *   2. an accepted value keeps every promise the schema states (lengths, trimmed, formats, ranges, keys);
 *   3. parsing never pollutes Object.prototype;
 *   4. a refusal says what is wrong in a short message (the forms use catalog keys): never a stack trace,
 *      never the hostile input echoed back.
 */
const validationDir = path.resolve(import.meta.dirname, '../../lib/validation');
const files = readdirSync(validationDir).filter((f) => f.endsWith('.ts')).sort();

const acceptedBySchema = new Map<string, number>();
const schemas: { name: string; schema: z.ZodType }[] = [];
for (const file of files) {
  const mod = (await import(path.join(validationDir, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) if (isZodSchema(value)) schemas.push({ name: `${file}#${name}`, schema: value });
}

describe('hostile input against every lib/validation schema', () => {
  it('finds the schemas (a rename of the zod internals must not make this pass vacuously)', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(schemas.length).toBeGreaterThanOrEqual(30);
    expect(schemas.map((s) => s.name)).toContain('auth.ts#signUpSchema');
  });

  it('the invariant walker catches a broken promise (so the property below can fail)', () => {
    const schema = z.object({ name: z.string().trim().max(3) });
    expect(invariantViolations(schema, { name: ' ab' })).toHaveLength(1);
    expect(invariantViolations(schema, { name: 'abcd' })).toHaveLength(1);
    expect(invariantViolations(schema, { name: 'ab', extra: 1 })).toHaveLength(1);
    expect(invariantViolations(z.email(), 'a\u0000@example.com')).toHaveLength(1);
    expect(invariantViolations(schema, { name: 'ab' })).toEqual([]);
  });

  for (const { name, schema } of schemas) {
    it(`${name}: never throws, accepted values keep its invariants, refusals are short`, () => {
      const fields = fieldsOf(schema);
      acceptedBySchema.set(name, 0);
      fc.assert(
        fc.property(hostileInput(fields), (input) => {
          const result = schema.safeParse(input);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
          if (result.success) {
            acceptedBySchema.set(name, acceptedBySchema.get(name)! + 1);
            expect(invariantViolations(schema, result.data)).toEqual([]);
          } else {
            for (const { message } of result.error.issues) {
              expect(message.length).toBeLessThan(200);
              expect(message).not.toMatch(/\n\s+at /);
              if (typeof input === 'string' && input.length >= 12) expect(message).not.toContain(input);
            }
          }
        }),
        { numRuns: hostileRuns() },
      );
    }, 30 * hostileRuns());
  }

  // Guards the guard: if the generators never produced an acceptable value, property 2 checked nothing.
  it('accepted values were produced for most schemas, so the invariants were really checked', () => {
    const reached = [...acceptedBySchema.values()].filter((n) => n > 0).length;
    expect(reached).toBeGreaterThanOrEqual(Math.floor(schemas.length / 3));
  });
});
