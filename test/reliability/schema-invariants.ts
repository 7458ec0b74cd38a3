import { z } from 'zod';

/*
 * What a zod schema promises about the values it ACCEPTS, read from the schema itself so that no schema
 * needs hand-written expectations (and a new one is checked the day it is added): a string with .max(n)
 * never yields more than n characters, a .trim() yields no outer whitespace, a .toLowerCase() no upper case,
 * a regex/e-mail/uuid format matches (which is also the "no control characters" rule of those fields), an
 * enum yields one of its values, an int an integer within its bounds, an object only its own keys with a
 * plain prototype. Transforms hide the shape of what they return, so the walk stops at them.
 *
 * Reads zod 4 internals (`_zod.def`); if zod renames them, `describeSchema` below makes the test fail
 * loudly rather than pass by checking nothing.
 */
type AnyDef = { type: string; [key: string]: unknown };
type Checkable = { _zod: { def: AnyDef } };
type CheckDef = { check: string; maximum?: number; minimum?: number; value?: number; inclusive?: boolean; format?: string; pattern?: RegExp; tx?: (v: string) => string };

const defOf = (schema: unknown): AnyDef => (schema as Checkable)._zod.def;
const checksOf = (def: AnyDef): CheckDef[] => ((def.checks as Checkable[] | undefined) ?? []).map((c) => defOf(c) as unknown as CheckDef);

/** Problems with `value` as an output of `schema` (empty when it keeps every promise). */
export function invariantViolations(schema: z.ZodType, value: unknown, path = '$'): string[] {
  const def = defOf(schema);
  const fail = (why: string) => [`${path}: ${why} (${JSON.stringify(value)?.slice(0, 80)})`];
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      if (value === undefined || value === null) return [];
      return invariantViolations(def.innerType as z.ZodType, value, path);
    case 'pipe':
      return invariantViolations(def.out as z.ZodType, value, path);
    case 'transform':
    case 'unknown':
    case 'any':
    case 'custom':
      return [];
    case 'union': {
      const options = def.options as z.ZodType[];
      return options.some((o) => invariantViolations(o, value, path).length === 0) ? [] : fail('matches no union member');
    }
    case 'literal':
      return (def.values as unknown[]).includes(value) ? [] : fail('not the literal');
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>).includes(value) ? [] : fail('not an enum value');
    case 'boolean':
      return typeof value === 'boolean' ? [] : fail('not a boolean');
    case 'string':
      return stringViolations(def, value, fail);
    case 'number':
      return numberViolations(def, value, fail);
    case 'array': {
      if (!Array.isArray(value)) return fail('not an array');
      const errors = lengthViolations(checksOf(def), value.length, fail);
      value.forEach((item, i) => errors.push(...invariantViolations(def.element as z.ZodType, item, `${path}[${i}]`)));
      return errors;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null) return fail('not an object');
      if (Object.getPrototypeOf(value) !== Object.prototype) return fail('prototype is not Object.prototype');
      const shape = def.shape as Record<string, z.ZodType>;
      const errors: string[] = [];
      for (const key of Reflect.ownKeys(value)) {
        if (typeof key !== 'string' || !(key in shape) || !Object.hasOwn(shape, key)) errors.push(...fail(`unexpected key ${String(key)}`));
      }
      for (const [key, child] of Object.entries(shape)) {
        errors.push(...invariantViolations(child, (value as Record<string, unknown>)[key], `${path}.${key}`));
      }
      return errors;
    }
    default:
      throw new Error(`schema-invariants: no rule for zod type "${def.type}" at ${path}; add one`);
  }
}

function lengthViolations(checks: CheckDef[], length: number, fail: (why: string) => string[]): string[] {
  const errors: string[] = [];
  for (const c of checks) {
    if (c.check === 'max_length' && length > c.maximum!) errors.push(...fail(`longer than ${c.maximum}`));
    if (c.check === 'min_length' && length < c.minimum!) errors.push(...fail(`shorter than ${c.minimum}`));
    if (c.check === 'length_equals' && length !== c.value) errors.push(...fail(`length is not ${c.value}`));
  }
  return errors;
}

function stringViolations(def: AnyDef, value: unknown, fail: (why: string) => string[]): string[] {
  if (typeof value !== 'string') return fail('not a string');
  const checks = checksOf(def);
  // zod (like Postgres varchar) counts code points, so an emoji is one character, not two UTF-16 units.
  const errors = lengthViolations(checks, [...value].length, fail);
  // A format schema (z.email(), z.uuid()) carries its pattern on the def itself; .regex() on a check.
  const patterns = [def.pattern as RegExp | undefined, ...checks.filter((c) => c.check === 'string_format').map((c) => c.pattern)];
  for (const pattern of patterns) {
    if (pattern && !new RegExp(pattern.source, pattern.flags.replace('g', '')).test(value)) errors.push(...fail(`does not match ${pattern}`));
  }
  // Overwrites are functions; probe each to learn whether it trims or lower-cases.
  for (const c of checks.filter((c) => c.check === 'overwrite' && c.tx)) {
    if (c.tx!(' a ') === 'a' && value !== value.trim()) errors.push(...fail('not trimmed'));
    if (c.tx!('A') === 'a' && value !== value.toLowerCase()) errors.push(...fail('not lower case'));
  }
  return errors;
}

function numberViolations(def: AnyDef, value: unknown, fail: (why: string) => string[]): string[] {
  if (typeof value !== 'number' || Number.isNaN(value)) return fail('not a number');
  const errors: string[] = [];
  for (const c of checksOf(def)) {
    if (c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32') && !Number.isSafeInteger(value)) errors.push(...fail('not an integer'));
    if (c.check === 'greater_than' && !(c.inclusive ? value >= c.value! : value > c.value!)) errors.push(...fail(`below ${c.value}`));
    if (c.check === 'less_than' && !(c.inclusive ? value <= c.value! : value < c.value!)) errors.push(...fail(`above ${c.value}`));
  }
  if (!Number.isFinite(value)) errors.push(...fail('not finite'));
  return errors;
}

/** The field names of an object schema (through wrappers and pipes), for building hostile objects. */
export function fieldsOf(schema: z.ZodType): string[] {
  const def = defOf(schema);
  if (def.type === 'object') return Object.keys(def.shape as object);
  if (def.type === 'pipe') return fieldsOf(def.in as z.ZodType);
  if (def.innerType) return fieldsOf(def.innerType as z.ZodType);
  return [];
}

export const isZodSchema = (value: unknown): value is z.ZodType => value instanceof z.ZodType;
