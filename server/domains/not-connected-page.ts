import "server-only";

/** The page an unknown or unverified host gets (404), self-contained: no app, no assets. */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function notConnectedHtml(host: string): string {
  const name = escapeHtml(host);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Domain not connected</title>
<style>
body{margin:0;min-height:100vh;display:grid;place-items:center;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;background:#fafafa;color:#18181b}
main{max-width:34rem;padding:2rem}
h1{font-size:1.5rem;margin:0 0 .75rem}
p{line-height:1.6;color:#3f3f46}
code{background:#f4f4f5;padding:.1rem .3rem;border-radius:.25rem}
</style>
</head>
<body>
<main>
<h1>This domain is not connected to Loomcast yet</h1>
<p><code>${name}</code> points here, but no workspace has connected and verified it.</p>
<p>If you own this domain, open <strong>Settings → Domains</strong> in your workspace, add <code>${name}</code>, and create the DNS records shown there. Once the TXT record is verified, this address serves your blog or app.</p>
</main>
</body>
</html>
`;
}
