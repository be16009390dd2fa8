/**
 * Seeds a blog with `count` posts that look like a real blog to the search engine: bodies of 300 to
 * 1,200 words drawn from a 40,000-entry Zipf-like vocabulary (bench/blog-vocabulary.ts), each post
 * mostly about one topic (title, tags, a few body mentions), titles from varied templates, dates
 * spread over six years (denser recently) and inserted oldest first, ~1 % unpublished or scheduled. Rows are generated here
 * and inserted 1,000 at a time with unnest(); the GIN indexes are dropped for the load and rebuilt
 * from their own definitions. Used by bench/blog-search.ts and bench/blog-load.ts. Deterministic.
 */
import pg from "pg";
import { pickZipf, prng, topics, vocabulary } from "./blog-vocabulary";

const templates = [
  (t: string, a: string, b: string) => `How we ${a} our ${t} ${b}`,
  (t: string, a: string, b: string) => `The ${a} guide to ${t}`.concat(b.length > 6 ? ` and ${b}` : ""),
  (t: string, a: string) => `${7 + (a.length % 9)} ${t} lessons from ${a}`,
  (t: string, a: string, b: string) => `Why ${t} ${a} matters for ${b}`,
  (t: string, a: string) => `${cap(t)} ${a}: what we learned`,
  (t: string, a: string, b: string) => `${cap(a)}, ${b} and the future of ${t}`,
];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sixYearsMs = 6 * 365 * 24 * 3600 * 1000;

function makePost(n: number, published: number, random: () => number, draw: () => string) {
  const content = () => {
    for (;;) {
      const w = draw();
      if (w.length > 3) return w;
    }
  };
  const topic = pickZipf(topics, random);
  const title = cap(templates[Math.floor(random() * templates.length)]!(topic, content(), content()));
  const sentence = (min: number, spread: number) => {
    const k = min + Math.floor(random() * spread);
    const words: string[] = [];
    for (let i = 0; i < k; i++) words.push(random() < 0.02 ? topic : draw());
    return `${cap(words.join(" "))}.`;
  };
  const excerpt = `${sentence(8, 10)} ${cap(topic)} ${sentence(4, 6).toLowerCase()}`;
  const length = 300 + Math.floor(900 * random() ** 2);
  const parts = [`# ${title}`];
  for (let written = 0; written < length; ) {
    if (random() < 0.15) parts.push(`## ${cap(content())} ${content()}`);
    let paragraph = "";
    for (let s = 0; s < 3 + Math.floor(random() * 4); s++) {
      const line = sentence(8, 14);
      paragraph += `${line} `;
      written += line.split(" ").length;
    }
    parts.push(paragraph.trim());
  }
  const tags = [...new Set([topic, pickZipf(topics, random), ...(random() < 0.3 ? [pickZipf(topics, random)] : [])])];
  const roll = random();
  return {
    id: `bench-post-${n}`,
    item: `bench-item-${n}`,
    slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}-${n}`,
    title,
    excerpt,
    body: parts.join("\n\n"),
    tags: `{${tags.map((t) => `"${t}"`).join(",")}}`,
    publishedAt: new Date(roll < 0.005 ? Date.now() + 86_400_000 : published).toISOString(),
    unpublishedAt: roll > 0.995 ? new Date().toISOString() : null,
  };
}

export async function seedBlog(client: pg.Client, workspaceId: string, count: number) {
  const started = Date.now();
  const random = prng(7);
  const { draw } = vocabulary(40_000, prng(42));
  const batch = 1000;
  // Posts are inserted in publishing order, as a blog writes them (recent posts share heap pages).
  const now = Date.now();
  const dates = Array.from({ length: count }, () => now - sixYearsMs * random() ** 1.5 - 60_000).sort((a, b) => a - b);
  // Bulk load: the product's GIN indexes are dropped and rebuilt afterwards from their own definitions.
  const { rows: gin } = await client.query<{ name: string; def: string }>(
    `select indexname as name, indexdef as def from pg_indexes where tablename = 'blog_posts' and indexdef ilike '% using gin %'`,
  );
  for (const index of gin) await client.query(`drop index "${index.name}"`);
  for (let from = 1; from <= count; from += batch) {
    const rows = Array.from({ length: Math.min(batch, count - from + 1) }, (_, i) => makePost(from + i, dates[from + i - 1]!, random, draw));
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    await client.query(
      `insert into content_items (id, workspace_id, kind, status, title, request)
       select id, $1, 'blog', 'in_review', title, '{"kind":"blog","platforms":[],"topic":"bench","wordCount":600}'::jsonb
       from unnest($2::text[], $3::text[]) as u(id, title)`,
      [workspaceId, col("item"), col("title")],
    );
    await client.query(
      `insert into blog_posts (id, workspace_id, content_item_id, slug, title, excerpt, body, tags, author_name, published_at, unpublished_at)
       select id, $1, item, slug, title, excerpt, body, tags::text[], 'Bench Author', published_at, unpublished_at
       from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[])
         as u(id, item, slug, title, excerpt, body, tags, published_at, unpublished_at)`,
      [workspaceId, col("id"), col("item"), col("slug"), col("title"), col("excerpt"), col("body"), col("tags"), col("publishedAt"), col("unpublishedAt")],
    );
  }
  await client.query("set maintenance_work_mem = '256MB'");
  for (const index of gin) await client.query(index.def);
  await client.query("vacuum analyze blog_posts");
  return Date.now() - started;
}
