/**
 * Feeds carry topics and titles a member typed: the XSS corpus in titles, excerpts and the blog's
 * description is written into RSS and Atom, parsed back by a feed parser (fast-xml-parser,
 * decoding entities and CDATA like a reader), and shown in Chromium the way readers show each
 * element — RSS <description> as HTML, titles and Atom's type="text" summaries as text. Nothing
 * may run, and the text must come back exactly as typed.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { atomFeed } from "@/server/blog/feeds/atom";
import type { FeedInput } from "@/lib/blog/feeds/feed-input";
import { rssFeed } from "@/server/blog/feeds/rss";
import type { PostSummary } from "@/server/blog/posts";
import { payloads } from "./xss-payloads";

const corpus = [...payloads, "<a href=javascript:alert(1)>x</a>", "&lt;script&gt;alert(1)&lt;/script&gt;", "&#60;img src=x onerror=alert(1)&#62;", "]]><script>alert(1)</script>", "<![CDATA[]]><img src=x onerror=alert(1)>"];
const site: FeedInput["site"] = { slug: "payloads", domain: null, title: "Payload <b>blog</b>", description: "About <img src=x onerror=alert('site')>", language: "english" };
const posts: PostSummary[] = corpus.map((payload, i) => ({
  id: `p${i}`,
  slug: `post-${i}`,
  title: `Title ${i} ${payload}`,
  excerpt: `Topic ${i}: ${payload} and more`,
  tags: [],
  authorName: null,
  coverImageUrl: null,
  coverImageAlt: null,
  publishedAt: new Date(Date.UTC(2026, 0, 1 + (i % 28))).toISOString(),
  updatedAt: new Date(Date.UTC(2026, 0, 1 + (i % 28))).toISOString(),
  readingMinutes: 1,
}));

const reader = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true, parseTagValue: false, isArray: (n) => n === "item" || n === "entry" });
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
type Shown = { kind: "html" | "text"; content: string };

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
});
afterAll(() => browser?.close());

/** Renders the fields as a feed reader would and reports what ran and what the reader shows. */
async function show(fields: Shown[]) {
  const page = await browser.newPage();
  const body = fields.map((f, i) => `<div id="f${i}">${f.kind === "html" ? f.content : escapeHtml(f.content)}</div>`).join("\n");
  const harness = `<script id="harness">window.__fired = []; for (const n of ["alert", "confirm", "prompt"]) window[n] = (m) => void window.__fired.push(n + "(" + m + ")");</script>`;
  await page.setContent(`<!doctype html><html><head>${harness}</head><body>${body}</body></html>`, { waitUntil: "load" });
  const report = await page.evaluate(() => ({
    fired: (window as unknown as { __fired: string[] }).__fired,
    scripts: document.querySelectorAll("script:not(#harness)").length,
    handlers: [...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
    scriptUrls: [...document.querySelectorAll("[href],[src],[action],[data]")].filter((el) => /^\s*(javascript|vbscript|data):/i.test(el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action") ?? el.getAttribute("data") ?? "")).length,
    elements: document.body.querySelectorAll("*").length,
    texts: [...document.body.children].map((el) => el.textContent ?? ""),
  }));
  await page.close();
  return report;
}

describe("RSS and Atom with the XSS corpus in topics and titles", () => {
  it("the harness notices live markup (a description escaped only once would run)", async () => {
    const onceEscaped = reader.parse(`<rss><channel><item><description>${escapeHtml("<img src=x onerror=alert(1)>")}</description></item></channel></rss>`);
    const result = await show([{ kind: "html", content: onceEscaped.rss.channel.item[0].description as string }]);
    expect(result.fired).toEqual(["alert(1)"]);
    expect(result.handlers).toEqual(["IMG onerror"]);
  });

  it("RSS: valid XML; descriptions render as the typed text with no element, script or handler", async () => {
    const xml = rssFeed({ site, posts });
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = reader.parse(xml).rss.channel as { description: string; item: { title: string; description: string }[] };
    expect(channel.item).toHaveLength(corpus.length);
    const fields: Shown[] = [{ kind: "html", content: channel.description }, ...channel.item.flatMap((item) => [{ kind: "text" as const, content: item.title }, { kind: "html" as const, content: item.description }])];
    const result = await show(fields);
    expect(result.fired).toEqual([]);
    expect(result).toMatchObject({ scripts: 0, handlers: [], scriptUrls: 0, elements: fields.length });
    expect(result.texts).toEqual([site.description, ...posts.flatMap((p) => [p.title, p.excerpt])]);
  });

  it("Atom: valid XML; text summaries and titles come back as typed and run nothing", async () => {
    const xml = atomFeed({ site, posts });
    expect(XMLValidator.validate(xml)).toBe(true);
    const entries = reader.parse(xml).feed.entry as { title: string; summary: { "#text": string; "@_type": string } }[];
    expect(entries.every((e) => e.summary["@_type"] === "text")).toBe(true);
    const result = await show(entries.flatMap((e) => [{ kind: "text" as const, content: e.title }, { kind: "text" as const, content: e.summary["#text"] }]));
    expect(result.fired).toEqual([]);
    expect(result.texts).toEqual(posts.flatMap((p) => [p.title, p.excerpt]));
  });
});
