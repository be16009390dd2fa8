import { describe, expect, it } from "vitest";
import { renderMarkdown, sanitizeBlogHtml } from "@/server/blog/render-markdown";
import { headlineHtml } from "@/server/blog/search-query";
import { payloads } from "./xss-payloads";

const allowedTags = new Set(["h2", "h3", "h4", "h5", "h6", "p", "a", "img", "ul", "ol", "li", "blockquote", "pre", "code", "em", "strong", "del", "s", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption"]);
const allowedAttributes = new Set(["href", "title", "rel", "src", "alt", "width", "height", "loading", "class", "align"]);

/** Every tag and attribute in `html` is on the allow-list, and no URL has a dangerous scheme. */
function expectInert(html: string) {
  for (const [, name, attrs] of html.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    expect(allowedTags, `tag <${name}> in ${html}`).toContain(name!.toLowerCase());
    for (const [, attr, value] of attrs!.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)) {
      expect(allowedAttributes, `attribute ${attr} in ${html}`).toContain(attr!.toLowerCase());
      if (["href", "src"].includes(attr!)) expect(value ?? "").toMatch(/^(https?:|mailto:|#|\/(?!\/)|[^:]*$)/i);
      if (attr === "class") expect(value).toMatch(/^language-[\w-]+$/);
    }
  }
  // Text may mention "javascript:" harmlessly (its < and > are escaped); markup may not.
  // Quoted attribute values are data (href/src were checked above), so look at names only.
  const markup = [...html.matchAll(/<[^>]*>/g)].map((m) => m[0].replace(/="[^"]*"/g, '=""')).join("");
  expect(markup).not.toMatch(/<script|<iframe|<svg|<style|<object|<embed|<form|<math|\son\w+\s*=/i);
}

describe("XSS corpus", () => {
  it.each(payloads)("renders %s inert in Markdown", (payload) => {
    expectInert(renderMarkdown(`# Title\n\nBefore ${payload} after\n\n${payload}\n`));
  });

  it.each(payloads)("renders %s inert as HTML", (payload) => {
    expectInert(sanitizeBlogHtml(payload));
  });

  it("keeps ordinary Markdown", () => {
    const html = renderMarkdown("# Title\n\n## Why\n\nSome **bold** and [a link](https://example.com).\n\n![Chart](https://example.com/c.png)\n\n```ts\nconst a = 1 < 2;\n```");
    expect(html).not.toContain("<h1");
    expect(html).toContain("<h2>Why</h2>");
    expect(html).toContain('<a href="https://example.com" rel="nofollow noopener ugc">a link</a>');
    expect(html).toContain('<img src="https://example.com/c.png" alt="Chart" loading="lazy" />');
    expect(html).toContain('<code class="language-ts">const a = 1 &lt; 2;');
  });

  it("demotes extra H1s so the page keeps one", () => {
    expect(renderMarkdown("# Title\n\n# Another\n\ntext")).toBe("<h2>Another</h2>\n<p>text</p>\n");
  });

  it("snippets escape everything but the marks", () => {
    expect(headlineHtml("a \u0002<img src=x onerror=alert(1)>\u0003 b")).toBe("a <mark>&lt;img src=x onerror=alert(1)&gt;</mark> b");
    expect(headlineHtml("\u0003stray\u0002open")).toBe("stray<mark>open</mark>");
  });
});
