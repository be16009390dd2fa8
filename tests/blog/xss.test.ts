import { describe, expect, it } from "vitest";
import { renderMarkdown, sanitizeBlogHtml } from "@/server/blog/render-markdown";
import { headlineHtml } from "@/server/blog/search-query";

/** Payloads from common XSS cheat sheets, as raw HTML and inside Markdown constructs. */
const payloads = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.test/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<img src=\"javascript:alert(1)\">",
  "<IMG SRC=JaVaScRiPt:alert('XSS')>",
  "<img src=\"jav&#x09;ascript:alert(1)\">",
  "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<iframe src=\"https://evil.test\"></iframe>",
  "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
  "<object data=\"javascript:alert(1)\"></object>",
  "<embed src=\"javascript:alert(1)\">",
  "<a href=\"javascript:alert(1)\">click</a>",
  "<a href=\"JAVASCRIPT:alert(1)\">click</a>",
  "<a href=\"&#106;avascript:alert(1)\">click</a>",
  "<a href=\"vbscript:msgbox(1)\">click</a>",
  "<a href=\"data:text/html,<script>alert(1)</script>\">click</a>",
  "<a href=\"https://ok.test\" onclick=\"alert(1)\">click</a>",
  "<a href=\"https://ok.test\" style=\"position:fixed;inset:0\">overlay</a>",
  "<div style=\"background:url(javascript:alert(1))\">x</div>",
  "<style>body{display:none}</style>",
  "<link rel=stylesheet href=//evil.test/x.css>",
  "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
  "<base href=\"https://evil.test/\">",
  "<form action=\"https://evil.test\"><input name=q><button>go</button></form>",
  "<body onload=alert(1)>",
  "<details open ontoggle=alert(1)>",
  "<video><source onerror=alert(1)></video>",
  "<audio src=x onerror=alert(1)>",
  "<marquee onstart=alert(1)>",
  "<p onmouseover=\"alert(1)\">hover</p>",
  "<h1 onclick=alert(1)>x</h1>",
  "<template><script>alert(1)</script></template>",
  "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
  "<!--<img src=x onerror=alert(1)>-->",
  "<![CDATA[<script>alert(1)</script>]]>",
  "<scr<script>ipt>alert(1)</script>",
  "\"><script>alert(1)</script>",
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "![img](javascript:alert(1))",
  "![img](x \"onerror=alert(1)\")",
  "[a](https://ok.test \"title\\\" onmouseover=alert(1)\")",
  "<https://ok.test/\"onmouseover=\"alert(1)>",
  "```html\n<script>alert(1)</script>\n```",
  "`<img src=x onerror=alert(1)>`",
  "<code class=\"x\" onclick=alert(1)>c</code>",
  "<table><tr><td background=\"javascript:alert(1)\">x</td></tr></table>",
  "<xss id=x tabindex=1 onfocus=alert(1)></xss>",
];

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
