import "server-only";

/**
 * Search input → what PostgreSQL receives. Pure functions, no SQL strings built from user text:
 * the query text is always a bound parameter; the prefix query only ever contains quoted lexemes.
 */

/** Sentinels ts_headline wraps matches in (control characters never present in escaped HTML). */
export const markStart = "\u0002";
export const markStop = "\u0003";

/** Words of the query as search-as-you-type sees them: letters, digits, inner apostrophes/hyphens dropped. */
export function queryTerms(query: string): string[] {
  return (query.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12).map((t) => t.toLowerCase());
}

/**
 * A to_tsquery expression matching every word, the last one as a prefix (`'pric':*`), or null when
 * the query has no words. Each term is made only of letters and digits, so it cannot carry
 * operators, and is quoted as a lexeme for good measure.
 */
export function prefixTsquery(query: string): string | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  return terms.map((t, i) => (i === terms.length - 1 ? `'${t}':*` : `'${t}'`)).join(" & ");
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * ts_headline output (plain text with sentinel-wrapped matches) → HTML whose only tag is <mark>:
 * everything is escaped first, then the sentinels become <mark>…</mark>, unbalanced ones dropped.
 */
export function headlineHtml(headline: string): string {
  const escaped = headline.replace(/[&<>"']/g, (c) => escapes[c]!);
  let open = false;
  let out = "";
  for (const ch of escaped) {
    if (ch === markStart && !open) {
      out += "<mark>";
      open = true;
    } else if (ch === markStop && open) {
      out += "</mark>";
      open = false;
    } else if (ch !== markStart && ch !== markStop) out += ch;
  }
  return open ? `${out}</mark>` : out;
}
