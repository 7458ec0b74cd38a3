/*
 * Lighthouse 13 needs Node ≥ 22.19: its trace engine calls the ES2025 iterator helpers
 * (`map.values().flatMap(...)`, `.reduce`, `.find`), which Node 20's V8 does not have, so on this
 * project's Node 20 three insight audits error ("duplication.values.flatMap is not a function"). This
 * adds exactly those helpers, with the standard's semantics for well-behaved iterators, to the shared
 * %IteratorPrototype% — only where they are missing and only in the benchmark process that imports it.
 * On Node 22+ it does nothing.
 */
type Fn<T, R> = (value: T, index: number) => R;

const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as Record<string, unknown>;

function* mapped<T, R>(it: Iterator<T>, fn: Fn<T, R>) {
  let i = 0;
  for (let r = it.next(); !r.done; r = it.next()) yield fn(r.value, i++);
}
function* filtered<T>(it: Iterator<T>, fn: Fn<T, unknown>) {
  let i = 0;
  for (let r = it.next(); !r.done; r = it.next()) if (fn(r.value, i++)) yield r.value;
}
function* flatMapped<T, R>(it: Iterator<T>, fn: Fn<T, Iterable<R>>) {
  let i = 0;
  for (let r = it.next(); !r.done; r = it.next()) yield* fn(r.value, i++);
}
function* taken<T>(it: Iterator<T>, limit: number) {
  for (let n = 0; n < limit; n++) {
    const r = it.next();
    if (r.done) return;
    yield r.value;
  }
}
function* dropped<T>(it: Iterator<T>, count: number) {
  for (let n = 0, r = it.next(); !r.done; r = it.next(), n++) if (n >= count) yield r.value;
}

const helpers: Record<string, (this: Iterator<unknown>, ...args: never[]) => unknown> = {
  map(this: Iterator<unknown>, fn: Fn<unknown, unknown>) { return mapped(this, fn); },
  filter(this: Iterator<unknown>, fn: Fn<unknown, unknown>) { return filtered(this, fn); },
  flatMap(this: Iterator<unknown>, fn: Fn<unknown, Iterable<unknown>>) { return flatMapped(this, fn); },
  take(this: Iterator<unknown>, limit: number) { return taken(this, limit); },
  drop(this: Iterator<unknown>, count: number) { return dropped(this, count); },
  toArray(this: Iterator<unknown>) { return [...mapped(this, (v) => v)]; },
  forEach(this: Iterator<unknown>, fn: Fn<unknown, unknown>) { for (const _ of mapped(this, fn)); },
  some(this: Iterator<unknown>, fn: Fn<unknown, unknown>) { for (const v of mapped(this, fn)) if (v) return true; return false; },
  every(this: Iterator<unknown>, fn: Fn<unknown, unknown>) { for (const v of mapped(this, fn)) if (!v) return false; return true; },
  find(this: Iterator<unknown>, fn: Fn<unknown, unknown>) { let i = 0; for (let r = this.next(); !r.done; r = this.next()) if (fn(r.value, i++)) return r.value; return undefined; },
  reduce(this: Iterator<unknown>, fn: (acc: unknown, value: unknown, index: number) => unknown, ...initial: unknown[]) {
    let i = 0;
    let r = this.next();
    let acc: unknown;
    if (initial.length > 0) acc = initial[0];
    else if (r.done) throw new TypeError('Reduce of empty iterator with no initial value');
    else [acc, r, i] = [r.value, this.next(), 1];
    for (; !r.done; r = this.next()) acc = fn(acc, r.value, i++);
    return acc;
  },
};

export const installedIteratorHelpers: string[] = [];
for (const [name, fn] of Object.entries(helpers)) {
  if (typeof iteratorPrototype[name] === 'function') continue;
  Object.defineProperty(iteratorPrototype, name, { value: fn, writable: true, configurable: true, enumerable: false });
  installedIteratorHelpers.push(name);
}
