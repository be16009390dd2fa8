import "server-only";
import { unsafeTextProblem } from "./text";

export interface UnsafeText {
  /** Where in the input: object keys and array indexes, outermost first. */
  path: (string | number)[];
  problem: string;
}

/** Deeper than this, an input is refused outright (no form nests so far; it protects the walk). */
const maxDepth = 64;

/**
 * The first string (value or object key) anywhere in `input` that PostgreSQL could not store,
 * or null. Walks iteratively, so a deeply nested input cannot exhaust the stack.
 */
export function findUnsafeText(input: unknown): UnsafeText | null {
  const stack: Array<{ value: unknown; path: (string | number)[] }> = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      const problem = unsafeTextProblem(value);
      if (problem) return { path, problem };
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (path.length >= maxDepth) return { path, problem: `is nested more than ${maxDepth} levels deep` };
    const entries: Array<[string | number, unknown]> = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : value instanceof Map
        ? [...value.entries()].map(([key, item]) => [String(key), item])
        : value instanceof Set
          ? [...value].map((item, index) => [index, item])
          : Object.entries(value);
    for (const [key, item] of entries) {
      if (typeof key === "string") {
        const problem = unsafeTextProblem(key);
        if (problem) return { path: [...path, key], problem: `has a field name that ${problem}` };
      }
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}

/** "title", "targets[2].topic": a path as people read it. */
export function describePath(path: (string | number)[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${key}` : key), "");
}
