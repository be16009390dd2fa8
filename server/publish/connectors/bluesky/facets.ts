import "server-only";

/**
 * Rich-text facets: Bluesky does not detect links or hashtags in `text`; the post says where
 * they are, as UTF-8 byte ranges.
 */
export type Facet = {
  index: { byteStart: number; byteEnd: number };
  features: Array<{ $type: "app.bsky.richtext.facet#link"; uri: string } | { $type: "app.bsky.richtext.facet#tag"; tag: string }>;
};

const linkPattern = /https?:\/\/[^\s<>"]+/gu;
const tagPattern = /(^|\s)([#＃]([\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*))/gu;
const bytes = (text: string) => Buffer.byteLength(text, "utf8");

function trimLink(url: string): string {
  let out = url.replace(/[.,;:!?'"]+$/u, "");
  // A closing parenthesis belongs to the link only if the link opened one.
  while (out.endsWith(")") && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) out = out.slice(0, -1);
  return out;
}

export function detectFacets(text: string): Facet[] {
  const facets: Facet[] = [];
  for (const match of text.matchAll(linkPattern)) {
    const uri = trimLink(match[0]);
    const start = bytes(text.slice(0, match.index));
    facets.push({ index: { byteStart: start, byteEnd: start + bytes(uri) }, features: [{ $type: "app.bsky.richtext.facet#link", uri }] });
  }
  for (const match of text.matchAll(tagPattern)) {
    const [, lead = "", withHash = "", tag = ""] = match;
    if (tag.length > 64) continue;
    const at = (match.index ?? 0) + lead.length;
    const start = bytes(text.slice(0, at));
    const overlapsLink = facets.some((f) => start >= f.index.byteStart && start < f.index.byteEnd);
    if (overlapsLink) continue;
    facets.push({ index: { byteStart: start, byteEnd: start + bytes(withHash) }, features: [{ $type: "app.bsky.richtext.facet#tag", tag }] });
  }
  return facets.sort((a, b) => a.index.byteStart - b.index.byteStart);
}
