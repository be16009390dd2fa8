/**
 * Blog search benchmark: seeds 100,000 posts into a fresh database, then times realistic queries
 * through the product's searchPosts (websearch + prefix, ranked, with snippets) against a naive
 * ILIKE scan over title/excerpt/body measured in the same run.
 * Usage: npm run bench:blog   (BENCH_POSTS=100000, BENCH_ADMIN_URL=postgres://postgres@127.0.0.1:5432/postgres)
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { prefixTsquery } from "@/server/blog/search-query";
import { seedBlog } from "./blog-seed";

const count = Number(process.env.BENCH_POSTS ?? 100_000);
const admin = new URL(process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
/** BENCH_DB: time queries against a database seeded (and kept) by an earlier run, without re-seeding. */
const reuse = process.env.BENCH_DB;
const name = reuse ?? `loomcast_bench_blog_${process.pid}`;
const url = new URL(admin.toString());
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.AUTH_SECRET ??= "bench-secret-that-is-at-least-32-characters";

const root = path.resolve(import.meta.dirname, "..");
if (!reuse) execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/db-migrate.ts"], { cwd: root, env: process.env, stdio: ["ignore", "ignore", "inherit"] });

const { db, pool } = await import("@/server/db/client");
const { searchPosts } = await import("@/server/blog/search");
const client = new pg.Client({ connectionString: url.toString() });
await client.connect();

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const fmt = (ms: number) => ms.toFixed(1);

try {
  if (!reuse) {
    await client.query(`insert into organizations (id, name) values ('bench-org', 'Bench')`);
    await client.query(`insert into workspaces (id, organization_id, name, slug) values ('bench-ws', 'bench-org', 'Bench Blog', 'bench-blog')`);
    const seedMs = await seedBlog(client, "bench-ws", count);
    console.log(`Seeded ${count} posts in ${(seedMs / 1000).toFixed(1)} s`);
  }

  const site = { workspaceId: "bench-ws", language: "english" as const };
  // Rare and common words, phrases, prefixes (search-as-you-type), exclusion, or, a tag filter and a typo.
  const queries: { q: string; prefix?: boolean; tag?: string; like: string[] }[] = [
    { q: "pricing", like: ["pricing"] },
    { q: "customers team", like: ["customers", "team"] },
    { q: "espresso", like: ["espresso"] },
    { q: "kubernetes webhooks", like: ["kubernetes", "webhooks"] },
    { q: '"usage-based pricing"', like: ["usage-based pricing"] },
    { q: '"net revenue retention"', like: ["net revenue retention"] },
    { q: "pricing -enterprise", like: ["pricing"] },
    { q: "hiring or fundraising", like: ["hiring"] },
    { q: "retention", tag: "growth", like: ["retention"] },
    { q: "onbo", prefix: true, like: ["onbo"] },
    { q: "pri", prefix: true, like: ["pri"] },
    { q: "scaling espr", prefix: true, like: ["scaling", "espr"] },
    { q: "analytcs", like: ["analytcs"] },
  ];
  const rounds = Number(process.env.BENCH_ROUNDS ?? 10);
  const fts: number[] = [];
  const ilike: number[] = [];
  const perQuery: string[] = [];
  for (const query of queries) await searchPosts(db, site, query); // warm-up
  for (const query of queries) {
    const mine: number[] = [];
    const naive: number[] = [];
    let hits = 0;
    const tag = query.tag ? `and tags @> array['${query.tag.replace(/'/g, "")}']` : "";
    for (let r = 0; r < rounds; r++) {
      let t = performance.now();
      const result = await searchPosts(db, site, { q: query.q, prefix: query.prefix ?? false, tag: query.tag });
      mine.push(performance.now() - t);
      hits = result.total;
      const conds = query.like.map((_, i) => `(title ilike $${i + 2} or excerpt ilike $${i + 2} or body ilike $${i + 2})`).join(" and ");
      t = performance.now();
      await client.query(
        `select id, slug, title, excerpt from blog_posts where workspace_id = $1 and unpublished_at is null and published_at <= now() and ${conds} ${tag} order by published_at desc limit 10`,
        ["bench-ws", ...query.like.map((w) => `%${w}%`)],
      );
      naive.push(performance.now() - t);
    }
    fts.push(...mine);
    ilike.push(...naive);
    // How selective the query really is (untimed): every visible match, not only the ranked ones.
    const tsq = query.prefix ? `to_tsquery('english', $2)` : `websearch_to_tsquery('english', $2)`;
    const { rows: all } = await client.query<{ n: number }>(
      `select count(*)::int as n from blog_posts where workspace_id = $1 and unpublished_at is null and published_at <= now() and search @@ ${tsq} ${tag}`,
      ["bench-ws", query.prefix ? prefixTsquery(query.q) : query.q],
    );
    perQuery.push(`| \`${query.q}\`${query.prefix ? " (prefix)" : ""}${query.tag ? ` tag:${query.tag}` : ""} | ${all[0]!.n} (${((100 * all[0]!.n) / count).toFixed(1)} %) | ${hits} | ${fmt(percentile(mine, 50))} | ${fmt(percentile(mine, 95))} | ${fmt(percentile(naive, 50))} | ${fmt(percentile(naive, 95))} |`);
  }
  console.log(`\n| query | matching posts | ranked | FTS p50 ms | FTS p95 ms | ILIKE p50 ms | ILIKE p95 ms |\n|---|---|---|---|---|---|---|\n${perQuery.join("\n")}`);
  console.log(`\nAll queries (${fts.length} runs each): FTS p50 ${fmt(percentile(fts, 50))} ms, p95 ${fmt(percentile(fts, 95))} ms; ILIKE p50 ${fmt(percentile(ilike, 50))} ms, p95 ${fmt(percentile(ilike, 95))} ms`);
} finally {
  await client.end();
  await pool.end();
  const a = new pg.Client({ connectionString: admin.toString() });
  await a.connect();
  if (!process.env.BENCH_KEEP_DB && !reuse) await a.query(`drop database if exists "${name}" with (force)`);
  else console.log(`Kept database ${name}`);
  await a.end();
}
