/**
 * What the fuzz test throws at the server: hostile text, JSON of every shape and depth, raw bodies that
 * are not JSON at all, and ways to break a valid activity one field at a time.
 */
import fc from "fast-check";

/** One request as the fuzz sends it: the body is sent as is, so it can be anything, even invalid JSON. */
export interface FuzzRequest {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  body?: string;
  /** The `Content-Type` header; `null` sends none. Default `application/json` when there is a body. */
  contentType?: string | null;
}

/** Text that has broken programs before: lone surrogates, direction overrides, invisible characters… */
export const unicodeEdges = [
  "\uD800",
  "\uDFFF",
  "a\uDC00b",
  "\uDBFF\uDFFF",
  "\u202E",
  "\u202Dabc\u202C",
  "\u2066x\u2069",
  "\u200B",
  "\u200D",
  "\u2060",
  "\uFEFF",
  "👨‍👩‍👧‍👦",
  "🏳️‍🌈",
  "🚓",
  "\u0000",
  "\u0007",
  "\u001B[31m",
  "e\u0301",
  "\u0301".repeat(40),
  "\u00A0",
  "\u2028",
  "\u2029",
  "\uFFFF",
  "\uFFFE",
  "İß",
  "æøå ÆØÅ",
  "ﷺ",
  "<at>Strategilotsen</at>",
  "&amp;&lt;&#39;",
  "<script>alert(1)</script>",
  "**fed** [klik](http://x)",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the hostile input here
  "${x}{{x}}",
  "%00%ff",
  "../../etc/passwd",
  "\\",
  '"',
  "'; DROP TABLE answers; --",
  "\r\n",
  "\t",
];

/** Words the bot acts on, so generated messages also reach its commands and the search. */
const botWords = [
  "trafik",
  "feedback",
  "feedback resultater",
  "hjælp",
  "enheder",
  "pejlemærker",
  "/feedback",
];

/** Short hostile text: edge cases, arbitrary code points (surrogate halves included) and the bot's words. */
export const edgeText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...unicodeEdges),
      fc.string({ unit: "binary", maxLength: 12 }),
      fc.constantFrom(...botWords),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(" "));

/** A long string, up to `maxLength`, of one repeated piece (repeating keeps generation fast). */
export function hugeText(maxLength: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom("x", "trafik ", "æ", "🚓", "\u0000", "\uD800", "\u202E", "a\u0301"),
      fc.nat(maxLength),
    )
    .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));
}

/** Any text a field could get: mostly short and hostile, sometimes long, sometimes exactly 1001 characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: edgeText },
  { weight: 1, arbitrary: hugeText(20_000) },
  { weight: 1, arbitrary: fc.constant("k".repeat(1001)) },
);

/** JSON of any shape, nested up to a few levels, with hostile strings as keys and values. */
export const nestedJson: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(fc.jsonValue({ maxDepth: 1 }), edgeText, fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308)),
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(edgeText, fc.constantFrom("__proto__", "constructor", "verb")), tie("node"), {
      maxKeys: 4,
    }),
  ),
})).node;

/** JSON nested thousands deep, as raw text: arrays, objects, or both. */
export const deepJsonText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("array", "object", "mixed"), fc.integer({ min: 100, max: 30_000 }))
  .map(([shape, depth]) => {
    if (shape === "array") return `${"[".repeat(depth)}${"]".repeat(depth)}`;
    if (shape === "object") return `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
    return `${'{"a":['.repeat(depth)}${"]}".repeat(depth)}`;
  });

/** Bodies that are not valid JSON, or valid JSON of the wrong kind, or JSON meant to pollute prototypes. */
export const rawBodies: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    "{",
    "}",
    "[",
    "null",
    "true",
    "42",
    "1e999",
    '"text"',
    "[1,2,3]",
    '{"type":"message",',
    '{"a":"\\x"}',
    '{"a":"\\ud800"}',
    "{'single':'quotes'}",
    '{"type":"message"}{"type":"message"}',
    '{"__proto__":{"polluted":"yes"}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}',
    '{"type":"message","__proto__":{"isAdmin":true}}',
    "\uFEFF{}",
  ),
  deepJsonText,
);

/** A place in an activity and what to do there: remove it, or put something of any type in it. */
export type Mutation = { path: (string | number)[] } & ({ kind: "delete" } | { kind: "set"; value: unknown });

/** The fields of a Teams activity worth breaking, including those only some activity types have. */
const activityPaths: (string | number)[][] = [
  ["type"],
  ["id"],
  ["text"],
  ["textFormat"],
  ["value"],
  ["name"],
  ["locale"],
  ["timestamp"],
  ["channelId"],
  ["from"],
  ["from", "id"],
  ["from", "name"],
  ["from", "aadObjectId"],
  ["recipient"],
  ["recipient", "id"],
  ["conversation"],
  ["conversation", "id"],
  ["conversation", "tenantId"],
  ["conversation", "conversationType"],
  ["conversation", "isGroup"],
  ["channelData"],
  ["channelData", "tenant"],
  ["channelData", "tenant", "id"],
  ["channelData", "meeting"],
  ["entities"],
  ["entities", 0],
  ["entities", 0, "locale"],
  ["entities", 1, "mentioned"],
  ["attachments"],
  ["membersAdded"],
  ["membersAdded", 0, "id"],
  ["replyToId"],
  ["value", "action"],
  ["value", "action", "verb"],
  ["value", "action", "data"],
  ["value", "action", "data", "promptId"],
  ["value", "action", "data", "rating"],
  ["value", "action", "data", "comment"],
  ["value", "trigger"],
  ["value", "commandId"],
  ["value", "parameters"],
  ["value", "parameters", 0],
  ["value", "parameters", 0, "value"],
  ["value", "queryOptions"],
  ["value", "Title"],
];

/** Values a mutation puts in a field: wrong types, hostile and huge text, nested JSON. */
const mutationValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nestedJson },
  { weight: 3, arbitrary: edgeText },
  { weight: 1, arbitrary: hugeText(100_000) },
  { weight: 2, arbitrary: fc.constantFrom(null, true, 0, -1, 1e308, "", [], {}, [null], { id: 1 }) },
);

/** One to three mutations of an activity's fields. */
export const activityMutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc
    .record({ path: fc.constantFrom(...activityPaths), op: fc.option(mutationValue, { freq: 4 }) })
    .map(
      ({ path, op }): Mutation => (op === null ? { path, kind: "delete" } : { path, kind: "set", value: op }),
    ),
  { minLength: 1, maxLength: 3 },
);

/** Applies the mutations to a copy of `activity`, making the objects and arrays on the way as needed. */
export function mutate(activity: object, mutations: Mutation[]): Record<string, unknown> {
  const copy = structuredClone(activity) as Record<string, unknown>;
  for (const mutation of mutations) {
    let node = copy as Record<string | number, unknown>;
    for (const key of mutation.path.slice(0, -1)) {
      const next = node[key];
      if (next === null || typeof next !== "object") node[key] = typeof key === "number" ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    }
    const last = mutation.path[mutation.path.length - 1] as string | number;
    if (mutation.kind === "delete") delete node[last];
    else node[last] = mutation.value;
  }
  return copy;
}

/** Content types a client might send; the server must read JSON and refuse the rest cleanly. */
export const contentTypes: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 12, arbitrary: fc.constant("application/json") },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      null,
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/json; charset=latin1",
      "application/vnd.api+json",
      "application/octet-stream",
      "text/csv",
    ),
  },
);

/** A query parameter's value, percent-encoded byte by byte: invalid UTF-8 and `%00` included. */
export const queryValue: fc.Arbitrary<string> = fc.oneof(
  edgeText.map((text) =>
    Array.from(Buffer.from(text, "utf8"), (byte) => `%${byte.toString(16).padStart(2, "0")}`).join(""),
  ),
  fc
    .uint8Array({ maxLength: 30 })
    .map((bytes) => Array.from(bytes, (byte) => `%${byte.toString(16).padStart(2, "0")}`).join("")),
  fc.constantFrom("", "all", "specialenheden", "%", "%zz", "a&unit=b", "x".repeat(5000)),
);
