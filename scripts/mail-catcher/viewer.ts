/**
 * The mail catcher's page: every captured mail, newest first, on loopback only
 * (http://127.0.0.1:<port>/), and the same as JSON at /mail.json.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { CapturedMail } from "./smtp-capture";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const linkify = (s: string) => escape(s).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

function page(mails: CapturedMail[]): string {
  const items = [...mails]
    .reverse()
    .map(
      (m) => `<article><h2>${escape(m.subject)}</h2><p class="meta">To ${escape(m.to.join(", "))} · ${escape(m.receivedAt)}</p><pre>${linkify(m.text)}</pre></article>`,
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mail catcher</title><meta name="robots" content="noindex">
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#18181b}article{border:1px solid #e4e4e7;border-radius:.5rem;padding:1rem;margin:1rem 0}h2{font-size:1rem;margin:0}.meta{color:#71717a;font-size:.85rem}pre{white-space:pre-wrap;font:inherit}.warn{background:#fef3c7;padding:.75rem;border-radius:.5rem}</style></head>
<body><h1>Mail catcher</h1><p class="warn">Local development only: no mail leaves this machine. Set SMTP_URL to deliver mail.</p>
${items || "<p>No mail yet. Sign up or invite someone, then reload.</p>"}</body></html>`;
}

export async function startMailViewer(mails: CapturedMail[], options: { port?: number } = {}): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://catcher");
    if (req.method !== "GET") {
      res.writeHead(405).end();
      return;
    }
    if (url.pathname === "/mail.json") {
      const to = url.searchParams.get("to")?.toLowerCase();
      const list = to ? mails.filter((m) => m.to.some((a) => a.toLowerCase() === to)) : mails;
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(list));
      return;
    }
    if (url.pathname !== "/") {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'" }).end(page(mails));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
