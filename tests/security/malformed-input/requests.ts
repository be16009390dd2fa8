/** Malformed HTTP requests: query strings, JSON bodies and path parameters built from hazards. */
import fc from "fast-check";
import { hazard, hazardStrings, spiced } from "./hazards";

/** A field's value: a plausible one, the same with a NUL/lone surrogate slipped in, or a hazard. */
export const field = (valid: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: spiced(valid), weight: 2 }, { arbitrary: hazardStrings, weight: 2 });

/** A query string over `fields` (each present or not), sometimes with an extra hazardous key. */
export function queryArb(fields: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<URLSearchParams> {
  const record = fc.record(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, fc.option(field(v), { nil: undefined })])));
  return fc.tuple(record, fc.option(fc.tuple(field(fc.constant("x")), hazardStrings), { nil: undefined })).map(([values, extra]) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) if (v !== undefined) params.append(k, v);
    if (extra) params.append(extra[0], extra[1]);
    return params;
  });
}

/** A request body: JSON of an object over `fields` (values sometimes any hazard), or text that is not JSON at all. */
export function bodyArb(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<string> {
  const value = (v: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: v, weight: 3 }, { arbitrary: hazard, weight: 1 });
  const json = fc.record(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, value(v)]))).map((o) => JSON.stringify(o, (_k, v: unknown) => (typeof v === "bigint" ? Number(v) : v)) ?? "null");
  return fc.oneof({ arbitrary: json, weight: 4 }, { arbitrary: hazardStrings, weight: 1 }, { arbitrary: fc.constantFrom("{", "[1,", "\u0000", '{"a":"\\ud800"}', '{"a":"\\u0000"}'), weight: 1 });
}
