import "server-only";

/**
 * Fills a word budget exactly when it can: whole sentences from the pool (ones not used yet in
 * this document first, none twice in one fill), then short closing sentences for the last few
 * words (closers are chosen so that one lone word is left only as a last resort). Returns the
 * chosen sentences in order.
 */
import { countWords } from "@/lib/ai/platforms/word-count";

export function fillWords(
  pool: readonly string[],
  budget: number,
  closers: ReadonlyMap<number, readonly string[]>,
  used: Set<string> = new Set(),
): string[] {
  const out: string[] = [];
  let remaining = budget;
  const order = [...pool.filter((s) => !used.has(s)), ...pool.filter((s) => used.has(s))];
  for (const sentence of order) {
    if (remaining <= 0) break;
    const words = countWords(sentence);
    // Never leave exactly one word: only a one-word closer could fill it.
    if (words > remaining || remaining - words === 1 || out.includes(sentence)) continue;
    out.push(sentence);
    used.add(sentence);
    remaining -= words;
  }
  const lengths = [...closers.keys()].sort((a, b) => b - a);
  while (remaining > 0) {
    const n = lengths.find((len) => len <= remaining && remaining - len !== 1) ?? lengths.find((len) => len <= remaining);
    if (n === undefined) break;
    const options = closers.get(n)!;
    const unused = options.filter((c) => !used.has(c));
    const notHere = options.filter((c) => !out.includes(c));
    const choices = unused.length > 0 ? unused : notHere.length > 0 ? notHere : options;
    const chosen = choices[remaining % choices.length]!;
    out.push(chosen);
    used.add(chosen);
    remaining -= n;
  }
  return out;
}

/** Groups sentences into paragraphs of about `size` sentences. */
export function paragraphs(sentences: readonly string[], size = 3): string[] {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += size) out.push(sentences.slice(i, i + size).join(" "));
  return out;
}
