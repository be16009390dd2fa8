/**
 * A small MIME reader for the mail catcher: enough for what nodemailer writes (headers with
 * encoded words, multipart/alternative, quoted-printable and base64 parts). Not a general parser.
 */
export interface ParsedMail {
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string | null;
}

function splitHead(raw: string): { head: string; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  if (at < 0) return { head: raw, body: "" };
  const gap = /\r?\n\r?\n/.exec(raw.slice(at))![0].length;
  return { head: raw.slice(0, at), body: raw.slice(at + gap) };
}

function readHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

const qpBytes = (s: string) => {
  const bytes: number[] = [];
  const soft = s.replace(/=\r?\n/g, "");
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === "=" && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i]!, "utf8"));
  }
  return Buffer.from(bytes);
};

/** `=?UTF-8?Q?…?=` / `=?UTF-8?B?…?=` words in a header. */
export function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_m, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : qpBytes(data.replace(/_/g, " ")).toString("utf8"),
    );
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? "7bit").toLowerCase()) {
    case "quoted-printable":
      return qpBytes(body).toString("utf8");
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    default:
      return body;
  }
}

function collect(raw: string, into: { text: string | null; html: string | null }): void {
  const { head, body } = splitHead(raw);
  const headers = readHeaders(head);
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const parts = body.split(`--${boundary}`).slice(1);
    for (const part of parts) if (!part.startsWith("--")) collect(part.replace(/^\r?\n/, ""), into);
    return;
  }
  const content = decodeBody(body, headers.get("content-transfer-encoding")).replace(/\r\n/g, "\n").replace(/\n$/, "");
  if (/^text\/html/i.test(type)) into.html ??= content;
  else if (/^text\/plain/i.test(type)) into.text ??= content;
}

export function parseMime(raw: string): ParsedMail {
  const headers = readHeaders(splitHead(raw).head);
  const found: { text: string | null; html: string | null } = { text: null, html: null };
  collect(raw, found);
  return { headers, subject: decodeWords(headers.get("subject") ?? ""), text: found.text ?? "", html: found.html };
}
