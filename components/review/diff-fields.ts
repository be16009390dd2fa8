import { diffWordsWithSpace, type ChangeObject } from "diff";
import { platformRules, type PlatformId } from "@/lib/ai/platforms/platform-rules";

export interface DiffableVersion {
  title: string;
  body: string;
  posts: { platform: PlatformId; parts: string[] }[];
  seo: { title: string; metaDescription: string; excerpt: string } | null;
}

export interface FieldDiff {
  label: string;
  changes: ChangeObject<string>[];
  added: number;
  removed: number;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The fields a reviewer compares, in reading order: title, body or each network's post, SEO. */
function fieldsOf(kind: string, v: DiffableVersion): Map<string, string> {
  const fields = new Map<string, string>([["Title", v.title]]);
  if (kind === "blog" || v.posts.length === 0) fields.set("Body", v.body);
  for (const post of v.posts) fields.set(platformRules[post.platform].label, post.parts.join("\n\n— next part —\n\n"));
  if (v.seo) {
    fields.set("SEO title", v.seo.title);
    fields.set("Meta description", v.seo.metaDescription);
    fields.set("Excerpt", v.seo.excerpt);
  }
  return fields;
}

/** Word-level diff of every field present in either version (whitespace and line breaks kept). */
export function diffVersions(kind: string, before: DiffableVersion, after: DiffableVersion): FieldDiff[] {
  const a = fieldsOf(kind, before);
  const b = fieldsOf(kind, after);
  const labels = [...new Set([...a.keys(), ...b.keys()])];
  return labels.map((label) => {
    const changes = diffWordsWithSpace(a.get(label) ?? "", b.get(label) ?? "");
    let added = 0;
    let removed = 0;
    for (const c of changes) {
      if (c.added) added += words(c.value);
      if (c.removed) removed += words(c.value);
    }
    return { label, changes, added, removed };
  });
}
