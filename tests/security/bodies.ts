// Generated malformed request bodies: broken JSON, wrong shapes and types, hostile strings, odd
// content types and oversized payloads. Deterministic: the same list every run.

export interface BadBody {
  label: string;
  body: string | Uint8Array | ReadableStream<Uint8Array> | null;
  /** null: send no content-type header at all */
  contentType: string | null;
  /** the status it must get, when only one is right */
  expect?: number;
}

const HIDDEN_CHARS = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00ad',
  '\u061c',
  '\u180e',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2060',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufeff',
  '\ufff9',
  '\u{e0001}',
  '\u{e0041}',
  '\u{f0000}',
  '\ud800',
  '\udfff',
  '\u3164',
  '\u2800',
];

const SQLISH = [
  "'; DROP TABLE plays; --",
  "' OR '1'='1",
  '" OR 1=1 --',
  '1; DELETE FROM answers',
  "x' UNION SELECT token_hash FROM plays --",
  "'); UPDATE plays SET score = 99999; --",
  '%27%20OR%201%3D1',
  "\\'; --",
  'null; select sqlite_version()',
  '*/ select 1 /*',
];

// biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is one of the hostile inputs, sent as it is
const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '{{7*7}}', '${7*7}', 'javascript:alert(1)'];

function deep(n: number, open = '[', close = ']', leaf = '1'): string {
  return open.repeat(n) + leaf + close.repeat(n);
}

/** Values of every JSON type that are wrong for almost any field. */
export function hostileValues(): unknown[] {
  const deepArray = JSON.parse(deep(60));
  let deepObject: unknown = 1;
  for (let i = 0; i < 60; i++) deepObject = { a: deepObject };
  return [
    null,
    true,
    false,
    0,
    -1,
    1.5,
    -0.5,
    1e308,
    -1e308,
    2 ** 53 + 1,
    Number.MAX_SAFE_INTEGER,
    [],
    [null],
    [1, 2, 3],
    [''],
    {},
    { $gt: '' },
    { toString: 'x' },
    deepArray,
    deepObject,
    '',
    ' ',
    '\t\n',
    'x'.repeat(100_000),
    '😀'.repeat(2_000),
    'e\u0301'.repeat(500),
    'NaN',
    'Infinity',
    'true',
    'null',
    '[]',
    '{}',
    '0x10',
    '1e3',
    '2026-13-45T25:61:00Z',
    'not a date',
    '__proto__',
    'constructor',
    'prototype',
    '../../etc/passwd',
    'C:\\Windows\\win.ini',
    '%00',
    '\\u0000',
    ...SQLISH,
    ...MARKUP,
    ...HIDDEN_CHARS.map((c) => `Ada${c}Lovelace`),
    ...HIDDEN_CHARS.map((c) => `${c}`.repeat(3)),
  ];
}

/** Broken or non-object JSON texts. */
export function brokenJson(valid: Record<string, unknown>): string[] {
  const v = JSON.stringify(valid);
  return [
    '',
    ' ',
    '\n',
    '{',
    '}',
    '[',
    ']',
    '{"',
    '{"a":',
    '{"a":1,}',
    "{'a': 1}",
    '{a: 1}',
    'undefined',
    'NaN',
    'Infinity',
    '-',
    '01',
    '.5',
    '+1',
    '"unterminated',
    '{"a":1}}',
    '{"a":1}{"b":2}',
    '/* comment */ {}',
    '{"a":1 // no\n}',
    v.slice(0, -1),
    v.slice(1),
    `${v},`,
    v + v,
    `[${v}`,
    v.replace(':', '='),
    v.replace(/"/g, "'"),
    '\ufeff\ufeff{}',
    '\u0000',
    '{"\u0000":1',
    deep(100_000),
    deep(100_000, '{"a":', '}', '1'),
    `[${'1,'.repeat(50_000)}]`,
    'null',
    'true',
    'false',
    '0',
    '-1',
    '1e999',
    '"text"',
    '[]',
    '[[]]',
    `[${v}]`,
    `[${v},${v}]`,
    '{}',
  ];
}

export interface BodyPlan {
  /** a body the route accepts */
  valid: Record<string, unknown>;
  /** field names to corrupt, with extra values that are wrong for that field only */
  fields: Record<string, unknown[]>;
  /** true if the route would accept this body (those are left out: they are not malformed) */
  accepts(body: unknown): boolean;
}

/** At least `min` malformed bodies for a route, each of which must get a JSON 4xx and write nothing. */
export function malformedBodies(plan: BodyPlan, min = 500): BadBody[] {
  const out: BadBody[] = [];
  const json = (label: string, value: unknown) => {
    if (plan.accepts(value)) return;
    out.push({ label, body: JSON.stringify(value), contentType: 'application/json' });
  };
  for (const text of brokenJson(plan.valid)) {
    // A body that still parses to something the route takes is not malformed.
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\ufeff/, ''));
    } catch {
      parsed = undefined;
    }
    if (parsed !== undefined && plan.accepts(parsed)) continue;
    out.push({ label: `broken json ${JSON.stringify(text.slice(0, 40))}`, body: text, contentType: 'application/json' });
  }
  const values = hostileValues();
  for (const [field, own] of Object.entries(plan.fields)) {
    const { [field]: _, ...without } = plan.valid;
    json(`missing ${field}`, without);
    for (const [i, value] of [...own, ...values].entries()) {
      json(`${field} #${i}`, { ...plan.valid, [field]: value });
      json(`${field} #${i} in an array`, { ...plan.valid, [field]: [value] });
      json(`${field} #${i} in an object`, { ...plan.valid, [field]: { value } });
      // The server decides: fields a client has no say over change nothing and rescue nothing.
      json(`${field} #${i} with forged fields`, {
        ...plan.valid,
        [field]: value,
        correct: true,
        points: 1000,
        score: 1e9,
        playerCap: 1e9,
        teacherKeyHash: 'x',
        id: 'forged',
      });
    }
  }
  // The whole body in other shapes.
  for (const [i, wrap] of [(b: unknown) => [b], (b: unknown) => ({ data: b }), (b: unknown) => JSON.stringify(b)].entries()) {
    json(`wrapped #${i}`, wrap(plan.valid));
  }
  // A valid body under content types that are not JSON: 415 whatever the body says.
  const v = JSON.stringify(plan.valid);
  for (const type of [
    'text/plain',
    'text/plain;charset=UTF-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'text/json',
    'application/jsonx',
    'application/json-seq',
    'application/javascript',
    'json',
    'application/ json',
    'application',
    '*/*',
    'application/octet-stream',
    'text/html',
    'image/png',
    ' ',
  ]) {
    out.push({ label: `content-type ${type}`, body: v, contentType: type, expect: 415 });
  }
  out.push({ label: 'no content-type', body: new TextEncoder().encode(v), contentType: null, expect: 415 });
  out.push({ label: 'no body, no content-type', body: null, contentType: null, expect: 415 });
  out.push({ label: 'form post', body: 'text=hello&name=Ada', contentType: 'application/x-www-form-urlencoded', expect: 415 });
  // Not UTF-8.
  out.push({ label: 'latin-1 bytes', body: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]), contentType: 'application/json', expect: 400 });
  out.push({ label: 'utf-16 bytes', body: new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), contentType: 'application/json', expect: 400 });
  // Oversized: 1 MB as one string, as many fields, and as a stream with no declared length.
  const mb = 1024 * 1024;
  out.push({ label: '1 MB in a field', body: JSON.stringify({ ...plan.valid, pad: 'x'.repeat(mb) }), contentType: 'application/json', expect: 413 });
  out.push({
    label: '1 MB of fields',
    body: JSON.stringify({ ...plan.valid, ...Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`f${i}`, 'xxxxxxxxxxxxxx'])) }),
    contentType: 'application/json',
    expect: 413,
  });
  out.push({ label: '1 MB of whitespace', body: ' '.repeat(mb) + v, contentType: 'application/json', expect: 413 });
  out.push({ label: '1 MB streamed', body: streamOf(mb + 1, v), contentType: 'application/json', expect: 413 });
  if (out.length < min) throw new Error(`only ${out.length} malformed bodies generated; add values`);
  // An even spread over every kind, so the suite stays fast however many combinations there are.
  const fixed = out.filter((b) => b.expect !== undefined);
  const rest = out.filter((b) => b.expect === undefined);
  const room = Math.max(0, min - fixed.length);
  const step = Math.max(1, rest.length / room);
  const picked: BadBody[] = [];
  for (let i = 0; i < rest.length && picked.length < room; i += step) picked.push(rest[Math.floor(i)]);
  return [...picked, ...fixed];
}

/** A body sent in chunks with no content-length, so only the reader's own count can stop it. */
export function streamOf(bytes: number, prefix: string): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === 0) {
        controller.enqueue(new TextEncoder().encode(prefix));
        sent += prefix.length;
      } else if (sent < bytes) {
        controller.enqueue(chunk);
        sent += chunk.byteLength;
      } else controller.close();
    },
  });
}

export { HIDDEN_CHARS, SQLISH, MARKUP };
