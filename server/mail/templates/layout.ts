import "server-only";
const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** A tenant's mail branding (white-label); without it mail is signed Loomcast. */
export interface MailBrand {
  productName: string;
  senderName: string;
  footer: string | null;
  /** Button and header colour (validated hex). */
  primary: string;
  primaryForeground: string;
}

export const loomcastMail: MailBrand = {
  productName: "Loomcast",
  senderName: "Loomcast",
  footer: null,
  primary: "#4f46e5",
  primaryForeground: "#ffffff",
};

export interface ActionMail {
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footnote?: string;
}

/**
 * Renders a transactional mail as plain text and simple, inline-styled HTML, signed with the
 * brand's product name and footer; `fromName` is the sender's display name for sendMail.
 */
export function renderMail(
  mail: ActionMail,
  brand: MailBrand = loomcastMail,
): { subject: string; text: string; html: string; fromName: string | null } {
  const text = [
    mail.heading,
    "",
    ...mail.paragraphs,
    ...(mail.action ? ["", `${mail.action.label}: ${mail.action.url}`] : []),
    ...(mail.footnote ? ["", mail.footnote] : []),
    "",
    `— ${brand.productName}`,
    ...(brand.footer ? ["", brand.footer] : []),
  ].join("\n");
  const button = mail.action
    ? `<p style="margin:28px 0"><a href="${escape(mail.action.url)}" style="background:${escape(brand.primary)};color:${escape(brand.primaryForeground)};padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600">${escape(mail.action.label)}</a></p>`
    : "";
  const html = `<!doctype html><html><body style="margin:0;background:#f4f4f5;font-family:system-ui,-apple-system,sans-serif;color:#18181b">
<div style="max-width:520px;margin:32px auto;background:#fff;border-radius:12px;padding:32px">
<p style="font-weight:700;color:${escape(brand.primary)};margin:0 0 24px">${escape(brand.productName)}</p>
<h1 style="font-size:20px;margin:0 0 16px">${escape(mail.heading)}</h1>
${mail.paragraphs.map((p) => `<p style="line-height:1.6;margin:0 0 12px">${escape(p)}</p>`).join("")}
${button}
${mail.footnote ? `<p style="font-size:13px;color:#71717a;line-height:1.5">${escape(mail.footnote)}</p>` : ""}
${brand.footer ? `<p style="font-size:12px;color:#a1a1aa;line-height:1.5;border-top:1px solid #e4e4e7;padding-top:12px;margin-top:24px">${escape(brand.footer)}</p>` : ""}
</div></body></html>`;
  // Loomcast's own mail keeps MAIL_FROM as configured; a brand sends under its own display name.
  return { subject: mail.subject, text, html, fromName: brand === loomcastMail ? null : brand.senderName };
}
