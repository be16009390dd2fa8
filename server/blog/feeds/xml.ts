import "server-only";

/** Drops characters XML 1.0 forbids. */
function xmlChars(text: string): string {
  return text.replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}

/** Escapes text for XML element content and attribute values; drops characters XML 1.0 forbids. */
export function xml(text: string): string {
  return xmlChars(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * Plain text for an element feed readers render as HTML (RSS <description>): the text is
 * HTML-escaped, then wrapped in CDATA, so a reader decoding the XML gets HTML that shows the text
 * and nothing else — `<script>` in a topic stays the words "<script>". (Escaping once for XML,
 * as for other elements, would hand the reader live markup.)
 */
export function htmlTextCdata(text: string): string {
  // After HTML escaping the text holds no ">", so it cannot end the CDATA section early.
  return `<![CDATA[${xml(text)}]]>`;
}

export const xmlHeader = '<?xml version="1.0" encoding="UTF-8"?>\n';
