import "server-only";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Markdown (from AI or people) → HTML that cannot run script: marked renders it (raw HTML
 * included), then sanitize-html keeps only an allow-list of tags/attributes and http(s)/mailto
 * URLs. No style, no event handlers, no iframes, no SVG, no data:/javascript: URLs.
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2", "h3", "h4", "h5", "h6", "p", "a", "img", "ul", "ol", "li", "blockquote", "pre", "code",
    "em", "strong", "del", "s", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "width", "height", "loading"],
    code: ["class"],
    th: ["align"],
    td: ["align"],
  },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // The page has one H1 (the post title): headings in the body start at H2.
  transformTags: {
    h1: "h2",
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow noopener ugc" } }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: "lazy" } }),
  },
};

/** Sanitizes an HTML fragment with the blog's allow-list. */
export function sanitizeBlogHtml(html: string): string {
  return sanitizeHtml(html, options);
}

/** Removes a leading `# Title` line: the page renders the title as its only H1. */
export function stripLeadingH1(markdown: string): string {
  return markdown.replace(/^\s*#(?!#)[^\n]*\n?/, "");
}

/** Renders a post body (Markdown, possibly with raw HTML) to safe HTML. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(stripLeadingH1(markdown)) as string;
  return sanitizeBlogHtml(html);
}

/** Plain text (tags and Markdown syntax removed), for descriptions, feeds and reading time. */
export function plainText(markdown: string): string {
  const text = sanitizeHtml(marked.parse(markdown) as string, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text).replace(/\s+/g, " ").trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

export function readingMinutes(markdown: string): number {
  const words = markdown.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}
