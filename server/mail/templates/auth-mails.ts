import "server-only";
import { loomcastMail, renderMail, type MailBrand } from "./layout";

export const magicLinkMail = (url: string) =>
  renderMail({
    subject: "Your Loomcast sign-in link",
    heading: "Sign in to Loomcast",
    paragraphs: ["Click the button below to sign in. The link works once and expires in 24 hours."],
    action: { label: "Sign in", url },
    footnote: "If you did not ask for this, you can ignore this email.",
  });

export const noAccountMail = (signUpUrl: string) =>
  renderMail({
    subject: "Sign-in attempt on Loomcast",
    heading: "There is no Loomcast account for this address",
    paragraphs: ["Someone asked for a sign-in link for this email address, but it has no account yet."],
    action: { label: "Create an account", url: signUpUrl },
    footnote: "If this was not you, you can ignore this email.",
  });

export const verifyEmailMail = (url: string) =>
  renderMail({
    subject: "Confirm your email address",
    heading: "Confirm your email address",
    paragraphs: ["Welcome to Loomcast! Confirm your address so we can send you approvals and alerts."],
    action: { label: "Confirm email", url },
    footnote: "The link expires in 48 hours.",
  });

export const passwordResetMail = (url: string) =>
  renderMail({
    subject: "Reset your Loomcast password",
    heading: "Reset your password",
    paragraphs: ["We received a request to reset your password. The link expires in 1 hour and works once."],
    action: { label: "Choose a new password", url },
    footnote: "If you did not ask for this, your password stays as it is.",
  });

export const inviteMail = (
  opts: { inviter: string; workspace: string; role: string; url: string },
  brand: MailBrand = loomcastMail,
) =>
  renderMail(
    {
      subject: `${opts.inviter} invited you to ${opts.workspace} on ${brand.productName}`,
      heading: `Join ${opts.workspace} on ${brand.productName}`,
      paragraphs: [`${opts.inviter} invited you to join ${opts.workspace} as ${opts.role}.`],
      action: { label: "Accept invitation", url: opts.url },
      footnote: "The invitation expires in 7 days.",
    },
    brand,
  );

export const welcomeMail = (opts: { workspace: string; url: string }, brand: MailBrand = loomcastMail) =>
  renderMail(
    {
      subject: `${opts.workspace} is ready on ${brand.productName}`,
      heading: `${opts.workspace} is set up`,
      paragraphs: [
        "Your workspace is ready. Next: describe your brand voice, connect a channel, and generate your first post.",
      ],
      action: { label: "Open your workspace", url: opts.url },
    },
    brand,
  );
