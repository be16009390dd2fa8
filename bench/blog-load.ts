/**
 * Blog page throughput under load with autocannon against a running `next start` (it never
 * starts or targets anything but BENCH_URL, default http://127.0.0.1:3000, a local server).
 * Seed a blog first (BENCH_KEEP_DB=1 npm exec -- tsx --conditions=react-server bench/blog-search.ts, then run next start
 * with DATABASE_URL pointing at the kept database and BLOG_SEARCHES_PER_IP_PER_MINUTE=1000000, since
 * every request comes from one address and the search page is limited per address), then:
 *   BENCH_URL=http://127.0.0.1:3000 BENCH_SITE=bench-blog npm exec -- tsx bench/blog-load.ts
 * autocannon reports p50/p90/p97.5/p99 latencies (no p95 bucket): p97.5 is the bound we quote.
 */
import autocannon from "autocannon";

const base = (process.env.BENCH_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "");
const host = new URL(base).hostname;
if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) throw new Error("bench/blog-load.ts only targets a server on this machine.");
const site = process.env.BENCH_SITE ?? "bench-blog";
const duration = Number(process.env.BENCH_SECONDS ?? 15);

async function firstPostPath(): Promise<string> {
  const response = await fetch(`${base}/blog/${site}/rss.xml`);
  if (!response.ok) throw new Error(`No blog at ${base}/blog/${site} (${response.status}); seed it first.`);
  const link = /<item>[\s\S]*?<link>([^<]+)<\/link>/.exec(await response.text())?.[1];
  if (!link) throw new Error("The blog has no posts; seed it first.");
  return new URL(link).pathname;
}

async function run(label: string, path: string) {
  const result = await autocannon({ url: `${base}${path}`, connections: 20, duration, headers: { "user-agent": "loomcast-bench" } });
  const l = result.latency;
  console.log(`| ${label} | ${result.requests.average.toFixed(0)} | ${l.p50} | ${l.p90} | ${l.p97_5} | ${l.p99} | ${result.non2xx} |`);
}

const post = await firstPostPath();
console.log(`Load: ${duration} s, 20 connections, against ${base}\n\n| page | req/s | p50 ms | p90 ms | p97.5 ms | p99 ms | non-2xx |\n|---|---|---|---|---|---|---|`);
await run("blog home", `/blog/${site}`);
await run("post page", post);
await run("search page", `/blog/${site}/search?q=pricing`);
