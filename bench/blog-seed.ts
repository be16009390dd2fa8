/**
 * Seeds a blog with `count` realistic, varied posts in one statement (INSERT … SELECT over
 * generate_series): titles, excerpts, bodies and tags drawn from word lists by row number.
 * Returns the workspace id and slug. Used by bench/blog-search.ts and bench/blog-load.ts.
 */
import pg from "pg";

const topics = ["pricing", "onboarding", "retention", "hiring", "fundraising", "security", "analytics", "content", "seo", "churn", "billing", "design", "engineering", "sales", "support", "marketing", "product", "growth", "community", "partnerships"];
const nouns = ["customers", "founders", "teams", "metrics", "emails", "experiments", "dashboards", "plans", "invoices", "roadmaps", "interviews", "launches", "funnels", "cohorts", "workflows", "integrations", "budgets", "reviews", "templates", "playbooks"];
const verbs = ["improve", "measure", "scale", "simplify", "automate", "explain", "test", "price", "design", "ship", "plan", "audit", "grow", "reduce", "launch"];
const adjectives = ["practical", "honest", "simple", "modern", "usage-based", "remote", "small", "early", "lean", "annual", "weekly", "quiet", "bold", "data-driven", "friendly"];

const arr = (words: string[]) => `array[${words.map((w) => `'${w}'`).join(",")}]`;

export async function seedBlog(client: pg.Client, workspaceId: string, count: number) {
  const started = Date.now();
  await client.query(`
    with t as (select ${arr(topics)} as topics, ${arr(nouns)} as nouns, ${arr(verbs)} as verbs, ${arr(adjectives)} as adjs),
    items as (
      insert into content_items (id, workspace_id, kind, status, title, request)
      select 'bench-item-' || g, $1, 'blog', 'in_review', 'Bench ' || g, '{"kind":"blog","platforms":[],"topic":"bench","wordCount":600}'::jsonb
      from generate_series(1, $2) g
      returning id
    )
    insert into blog_posts (id, workspace_id, content_item_id, slug, title, excerpt, body, tags, author_name, published_at)
    select 'bench-post-' || g, $1, 'bench-item-' || g,
      'how-to-' || t.verbs[1 + g % 15] || '-' || t.nouns[1 + (g / 7) % 20] || '-' || g,
      initcap(t.adjs[1 + g % 15]) || ' ' || t.topics[1 + (g / 3) % 20] || ': how to ' || t.verbs[1 + g % 15] || ' your ' || t.nouns[1 + (g / 7) % 20],
      'A ' || t.adjs[1 + (g / 5) % 15] || ' guide for ' || t.nouns[1 + g % 20] || ' who want to ' || t.verbs[1 + (g / 11) % 15] || ' ' || t.topics[1 + g % 20] || '.',
      '# ' || t.topics[1 + (g / 3) % 20] || E'\\n\\n' || (
        select string_agg(
          'We ' || t.verbs[1 + (g + s) % 15] || ' ' || t.nouns[1 + (g * s) % 20] || ' with ' || t.adjs[1 + (g + 3 * s) % 15] || ' ' ||
          t.nouns[1 + (g + 5 * s) % 20] || ', and the ' || t.topics[1 + (g / 3 + s) % 20] ||
          ' team reviews the ' || t.nouns[1 + (s * 13 + g) % 20] || ' every week.', ' ')
        from generate_series(1, 8 + g % 12) s
      ),
      array[t.topics[1 + (g / 3) % 20], t.topics[1 + (g / 13) % 20]],
      'Bench Author',
      now() - (g || ' minutes')::interval
    from generate_series(1, $2) g, t`, [workspaceId, count]);
  await client.query("analyze blog_posts");
  return Date.now() - started;
}
