const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export interface ActionMail {
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footnote?: string;
}

/** Renders a transactional mail as plain text and simple, inline-styled HTML. */
export function renderMail(mail: ActionMail): { subject: string; text: string; html: string } {
  const text = [
    mail.heading,
    "",
    ...mail.paragraphs,
    ...(mail.action ? ["", `${mail.action.label}: ${mail.action.url}`] : []),
    ...(mail.footnote ? ["", mail.footnote] : []),
    "",
    "— Loomcast",
  ].join("\n");
  const button = mail.action
    ? `<p style="margin:28px 0"><a href="${escape(mail.action.url)}" style="background:#4f46e5;color:#fff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600">${escape(mail.action.label)}</a></p>`
    : "";
  const html = `<!doctype html><html><body style="margin:0;background:#f4f4f5;font-family:system-ui,-apple-system,sans-serif;color:#18181b">
<div style="max-width:520px;margin:32px auto;background:#fff;border-radius:12px;padding:32px">
<p style="font-weight:700;color:#4f46e5;margin:0 0 24px">Loomcast</p>
<h1 style="font-size:20px;margin:0 0 16px">${escape(mail.heading)}</h1>
${mail.paragraphs.map((p) => `<p style="line-height:1.6;margin:0 0 12px">${escape(p)}</p>`).join("")}
${button}
${mail.footnote ? `<p style="font-size:13px;color:#71717a;line-height:1.5">${escape(mail.footnote)}</p>` : ""}
</div></body></html>`;
  return { subject: mail.subject, text, html };
}
