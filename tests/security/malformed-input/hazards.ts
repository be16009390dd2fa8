/** Malformed values of every kind the property tests throw at procedures and routes. */
import fc from "fast-check";

/** Characters PostgreSQL refuses or mangles: NUL, lone high and low surrogates. */
export const badChars = ["\u0000", "\uD800", "\uDFFF", "\uDBFF\u0000", "x\uDC00"];

export const hazardStrings = fc.constantFrom(
  ...badChars,
  "a\u0000b",
  "",
  " ",
  "'; drop table users; --",
  "\\u0000",
  "%00",
  "x".repeat(100_000),
  "9".repeat(400),
  "0000-00-00",
  "0001-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
  "10000-01-01T00:00:00Z",
  "+275760-09-13T00:00:00.000Z",
  "-271821-04-20T00:00:00Z",
  "2026-12-03T10:00:00+99:00",
  "2026-12-03T10:00:00+23:59",
  "2026-02-30T25:61:00Z",
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "00000000-0000-0000-0000-000000000000",
);

export const hazardNumbers = fc.constantFrom(NaN, Infinity, -Infinity, -1, 0, -0, 0.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308);

export const hazardDates = fc.constantFrom(
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date(Number.NaN),
  new Date("0001-01-01T00:00:00Z"),
  new Date("1969-07-20T20:17:00Z"),
  new Date(Date.UTC(10_000, 0, 1)),
);

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

const structural = fc.constantFrom<unknown>(
  null,
  undefined,
  true,
  [],
  {},
  { "\u0000": 1 },
  { __proto__: { polluted: true } },
  nested(500, "\u0000", false),
  nested(500, 1, true),
  Array.from({ length: 5_000 }, () => "x"),
  10n ** 30n,
);

/** Any malformed value: a bad string, number or date, the wrong type, absurd nesting or size. */
export const hazard: fc.Arbitrary<unknown> = fc.oneof(hazardStrings, hazardNumbers, hazardDates, structural);

/** `base` with a NUL or a lone surrogate slipped in at some position. */
export function spiced(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(base, fc.constantFrom(...badChars), fc.nat()).map(([s, bad, at]) => {
    const i = s.length === 0 ? 0 : at % (s.length + 1);
    return s.slice(0, i) + bad + s.slice(i);
  });
}
