/**
 * Inputs shaped like a zod schema, mostly well-formed so calls reach the services and the
 * database, with malformed values mixed in: every leaf is sometimes a hazard, and strings often
 * carry a NUL byte or a lone surrogate. Ids come from the seeded workspace, so they name real rows.
 */
import fc from "fast-check";
import { hazard, hazardDates, hazardNumbers, spiced } from "./hazards";

// zod 4 keeps a schema's definition under `_zod.def`; only what the generator needs is typed here.
type Def = { type: string; [key: string]: unknown };
type Schema = { _zod: { def: Def } };
type Check = { _zod: { def: { check: string; [key: string]: unknown } } };

export interface Seeds {
  workspaceSlug: string;
  /** The seeded rows' ids by table (`users` holds the people). */
  ids: Record<string, string[]>;
}

/** Real ids for a field: `contentItemId` → content_items, `commentId` → content_comments, `authorId` → users, else any. */
function idsFor(key: string, seeds: Seeds): string[] {
  const stem = key.replace(/Ids?$/, "").toLowerCase();
  const people = ["user", "author", "actor", "member"].includes(stem);
  const tables = Object.keys(seeds.ids).filter((t) => (people ? t === "users" : stem && t.replaceAll("_", "").includes(stem)));
  const ids = (tables.length > 0 ? tables : Object.keys(seeds.ids)).flatMap((t) => seeds.ids[t]!);
  return ids.length > 0 ? ids : [crypto.randomUUID()];
}

const defOf = (schema: unknown) => (schema as Schema)._zod.def;
const checksOf = (def: Def) => ((def.checks as Check[] | undefined) ?? []).map((c) => c._zod.def);

const localUrls = ["http://127.0.0.1:9/hook", "https://localhost:1/x", "http://[::1]:9/", "ftp://127.0.0.1/", "javascript:alert(1)"];
const isoTimes = () => [new Date(Date.now() + 86_400_000).toISOString(), "2026-12-24T09:00:00+01:00", "2026-12-24T09:00:00+23:59", "2026-12-31T23:00:00-23:59", "2026-12-24T09:00", "1970-01-01T00:00:00Z"];

function withHazards<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: valid, weight: 10 }, { arbitrary: hazard, weight: 1 });
}

function stringArbitrary(def: Def, key: string, seeds: Seeds): fc.Arbitrary<string> {
  if (key === "workspaceSlug") return fc.constant(seeds.workspaceSlug);
  const checks = [def, ...checksOf(def)];
  const format = checks.map((c) => c.format as string | undefined).find(Boolean);
  const min = Math.max(0, ...checks.filter((c) => c.check === "min_length").map((c) => Number(c.minimum)));
  const max = Math.min(60, ...checks.filter((c) => c.check === "max_length").map((c) => Number(c.maximum)));
  const pattern = checks.map((c) => c.pattern).find((p): p is RegExp => p instanceof RegExp);
  const looksLikeId = format === "uuid" || format === "guid" || /(^id$|Id$|Ids$)/.test(key);
  if (looksLikeId) return fc.oneof({ arbitrary: fc.constantFrom(...idsFor(key, seeds)), weight: 4 }, { arbitrary: fc.uuid(), weight: 1 });
  if (format === "email") return fc.stringMatching(/^[a-z]{1,10}$/).map((s) => `${s}@malformed-input.test`);
  if (format === "url") return fc.constantFrom(...localUrls);
  if (format === "datetime") return fc.constantFrom(...isoTimes());
  if (format === "date") return fc.constantFrom("2026-12-24", "1970-01-01", "9999-12-31");
  if (pattern && format === "regex") {
    try {
      return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= Math.max(min, max));
    } catch {
      // A pattern fast-check cannot generate from: plain strings below.
    }
  }
  return fc.string({ minLength: Math.min(min, max), maxLength: Math.max(min, max), unit: "grapheme" });
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const lower = checks.find((c) => c.check === "greater_than")?.value as number | undefined;
  const upper = checks.find((c) => c.check === "less_than")?.value as number | undefined;
  const integer = checks.some((c) => c.check === "number_format" && String(c.format).includes("int"));
  const min = Math.max(lower ?? -1000, -1e9);
  const max = Math.min(upper ?? 1000, 1e9);
  const inRange = integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
  return fc.oneof(fc.integer({ min: 0, max: 3 }), inRange, hazardNumbers);
}

/** An arbitrary for values of `schema`; `key` is the field's name (ids and slugs get real values). */
export function arbitraryFor(schema: unknown, seeds: Seeds, key = "", depth = 0): fc.Arbitrary<unknown> {
  if (!(schema as Partial<Schema>)?._zod) return hazard; // a hand-written parser: nothing to read its shape from
  const def = defOf(schema);
  if (depth > 6) return hazard;
  const inner = (s: unknown, k = key) => arbitraryFor(s, seeds, k, depth + 1);
  switch (def.type) {
    case "string": {
      const base = stringArbitrary(def, key, seeds);
      return key === "workspaceSlug" ? base : withHazards(fc.oneof({ arbitrary: base, weight: 3 }, { arbitrary: spiced(base), weight: 1 }));
    }
    case "number":
      return withHazards(numberArbitrary(def));
    case "bigint":
      return withHazards(fc.bigInt());
    case "boolean":
      return withHazards(fc.boolean());
    case "date":
      return fc.oneof(fc.date({ min: new Date("1960-01-01"), max: new Date("2100-01-01") }), hazardDates, hazard);
    case "enum":
      return withHazards(fc.constantFrom(...Object.values(def.entries as Record<string, unknown>)));
    case "literal":
      return withHazards(fc.constantFrom(...(def.values as unknown[])));
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return fc.oneof(fc.constant(def.type === "nullable" ? null : undefined), inner(def.innerType));
    case "pipe":
      return inner(def.in);
    case "lazy":
      return inner((def.getter as () => unknown)());
    case "array": {
      const checks = checksOf(def);
      const minLength = Math.min(3, Number(checks.find((c) => c.check === "min_length")?.minimum ?? 0));
      return withHazards(fc.array(inner(def.element), { minLength, maxLength: Math.max(minLength, 3) }));
    }
    case "tuple":
      return withHazards(fc.tuple(...(def.items as unknown[]).map((item) => inner(item))));
    case "union":
      return fc.oneof(...(def.options as unknown[]).map((option) => inner(option)));
    case "intersection":
      return fc.tuple(inner(def.left), inner(def.right)).map(([a, b]) => (isRecord(a) && isRecord(b) ? { ...a, ...b } : a));
    case "record":
      return withHazards(fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), spiced(fc.string({ maxLength: 4 }))), inner(def.valueType), { maxKeys: 3 }));
    case "object":
      return objectArbitrary(def, seeds, depth);
    default:
      return hazard;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function objectArbitrary(def: Def, seeds: Seeds, depth: number): fc.Arbitrary<unknown> {
  const shape = def.shape as Record<string, unknown>;
  const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, arbitraryFor(s, seeds, k, depth + 1)]));
  const object = fc.record(fields).chain((value) =>
    fc.oneof(
      { arbitrary: fc.constant(value), weight: 8 },
      { arbitrary: hazard.map((extra) => ({ ...value, ["\u0000extra"]: extra })), weight: 1 },
      { arbitrary: hazard.map((extra) => ({ ...value, extra })), weight: 1 },
    ),
  );
  return depth === 0 ? object : withHazards(object);
}

/** The input shape of a procedure: its input schemas (the workspace slug, then its own) merged. */
export function procedureInputArbitrary(inputs: unknown[], seeds: Seeds): fc.Arbitrary<unknown> {
  if (inputs.length === 0) return fc.oneof(fc.constant(undefined), hazard);
  const parts = inputs.map((schema) => arbitraryFor(schema, seeds));
  return fc
    .tuple(...parts)
    .map((values) => (values.every(isRecord) ? Object.assign({}, ...values) : values[values.length - 1]));
}
