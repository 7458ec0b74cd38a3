import fc from 'fast-check';

/*
 * Hostile input for property tests: what a crafted form post or JSON body can carry, not just what a
 * polite browser sends. Strings are where the danger lives (payloads meant for SQL, HTML, the renderer,
 * the terminal, the bidi algorithm), so they get the richest generator; the other values are the wrong
 * types a client can send instead of a string.
 *
 * numRuns comes from HOSTILE_RUNS so `npm test` (1,000 per property) and `npm run test:reliability`
 * (10,000) share one suite.
 */
export function hostileRuns(): number {
  const runs = Number(process.env.HOSTILE_RUNS ?? '1000');
  return Number.isInteger(runs) && runs > 0 ? runs : 1000;
}

export const SQL_PAYLOADS = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '1; SELECT pg_sleep(10)',
  "admin'--",
  '" OR ""="',
  "1' UNION SELECT password_hash FROM users --",
  '$1',
  '\\x27',
  "E'\\\\'",
];

export const HTML_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><script>alert(document.cookie)</script>',
  "<a href=\"javascript:alert(1)\">x</a>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](  javascript:alert(1))',
  '[x](jav&#x09;ascript:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '![x](javascript:alert(1))',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<javascript:alert(1)>',
  '<details open ontoggle=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
];

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

// C0/C1 controls, NUL, DEL, the bidi overrides and isolates, zero-width characters, BOM, line/paragraph separators.
const WEIRD_CHARS = [
  '\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\v', '\f', '\r', '\u001b', '\u007f', '\u0085', '\u009b',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202a', '\u202b', '\u202d', '\u202e', '\u2066', '\u2067',
  '\u2068', '\u2069', '\u2028', '\u2029', '\u00a0', '\u3000', '\ud800', '\udfff', '\ud83d\ude00', '\u0301',
];
const SCRIPTS = ['台北黑客松', 'مرحبا', 'שלום', 'Привет', 'नमस्ते', 'こんにちは', '한국어', 'Ω≈ç√', '𝕳𝖆𝖈𝖐', 'ｆｕｌｌｗｉｄｔｈ'];

const weirdChar = fc.constantFrom(...WEIRD_CHARS);
const payload = fc.constantFrom(...SQL_PAYLOADS, ...HTML_PAYLOADS, ...PROTO_KEYS, ...SCRIPTS);
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: payload },
  { weight: 2, arbitrary: weirdChar },
  { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '\u3000', '-', '|', ',', '，', '.', '@', 'a', 'A1') },
  { weight: 1, arbitrary: fc.uuid().map(String) },
  { weight: 1, arbitrary: fc.emailAddress() },
  { weight: 1, arbitrary: fc.webUrl() },
);

/** Payloads, control characters and scripts, mixed; at most a few hundred characters. */
export const hostileShortString: fc.Arbitrary<string> = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

/** A mix of payloads, control characters and scripts, now and then padded or repeated to a huge size. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: hostileShortString },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(' ', '\t', '\n', '\u3000', '\u200b'), piece).map(([pad, s]) => `${pad}${s}${pad}`) },
  {
    weight: 1,
    arbitrary: fc.tuple(piece, fc.integer({ min: 100, max: 12_000 })).map(([s, n]) => (s || 'x').repeat(Math.ceil(n / Math.max(1, s.length)))),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'on', 'true', 'false', '0', '-1', '1e309', 'NaN', 'null', 'undefined', '[]', '{}') },
);

/** Anything a JSON body or a form can put where a string was expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { weight: 8, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, true, false, 0, -0, 1, -1, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, 1e308, 0.1) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.bigInt() },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.array(fc.tuple(fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS)), tie('value')), { maxLength: 3 }).map(jsonObject) },
  ),
})).value;

/*
 * Objects as JSON.parse builds them: "__proto__" becomes an own property, never the prototype. (Assigning
 * obj["__proto__"] = null would make a null-prototype object, which no request body can produce.)
 */
function jsonObject(entries: [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
  return out;
}

/**
 * An object with the given field names: each present or missing, each hostile or valid-looking
 * (`good[field]` when given, so some cases reach the deeper refinements), plus stray and
 * prototype-pollution keys made the way JSON.parse makes them (own properties named "__proto__").
 */
export function hostileObject(fields: readonly string[], good: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<Record<string, unknown>> {
  const entry = (field: string) => (good[field] ? fc.oneof({ weight: 2, arbitrary: good[field] }, { weight: 1, arbitrary: hostileValue }) : hostileValue);
  const record = fc.record(Object.fromEntries(fields.map((f) => [f, entry(f)])), { requiredKeys: [] });
  const extras = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 10 })), hostileValue), { maxLength: 3 });
  return fc.tuple(record, extras, fc.boolean()).map(([base, stray, polluteFirst]) => {
    const polluted = JSON.parse('{"__proto__": {"isAdmin": true, "polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');
    return jsonObject([...(polluteFirst ? Object.entries(polluted) : []), ...stray, ...Object.entries(base)]);
  });
}

/** Any input at all: hostile objects for the schema's fields, or something that is not an object. */
export function hostileInput(fields: readonly string[], good: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 5, arbitrary: hostileObject(fields, good) }, { weight: 1, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.anything() });
}
