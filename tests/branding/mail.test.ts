import { beforeAll, describe, expect, it } from "vitest";
import { mailBrandForWorkspace } from "@/server/branding/mail-brand";
import { senderOf, sendMail } from "@/server/mail/send-mail";
import { inviteMail } from "@/server/mail/templates/auth-mails";
import { callerFor, unique } from "../factories/users";
import { mailsTo } from "../factories/mailbox";
import { createAgency, type Agency } from "../agency/agency-factory";

let agency: Agency;

beforeAll(async () => {
  agency = await createAgency();
  await callerFor(agency.owner).branding.updateOrganization({
    workspaceSlug: agency.home.slug,
    productName: "Northwind Studio",
    primaryColor: "#0f766e",
    emailSenderName: "Northwind Team",
    emailFooter: "Northwind Studio · 1 Harbour Road, Bristol",
  });
});

const invite = { inviter: "Ada", workspace: "Client A", role: "reviewer", url: "http://localhost:3000/invite/abc" };

describe("branded mail (dev mailbox)", () => {
  it("a client workspace's mail goes out under the agency's sender name, product name and footer", async () => {
    const to = `${unique("client")}@example.test`;
    await sendMail({ to, ...inviteMail(invite, await mailBrandForWorkspace(agency.clientA.id)) });
    const [mail] = await mailsTo(to);
    expect(mail).toMatchObject({ fromName: "Northwind Team", subject: "Ada invited you to Client A on Northwind Studio" });
    expect(mail!.text).toContain("— Northwind Studio\n\nNorthwind Studio · 1 Harbour Road, Bristol");
    expect(mail!.text).not.toContain("Loomcast");
    expect(mail!.html).toContain("background:#0f766e");
    expect(mail!.html).toContain("Northwind Studio · 1 Harbour Road, Bristol");
    expect(mail!.html).not.toContain("Loomcast");
  });

  it("without white-label the mail is Loomcast's, sent under MAIL_FROM as configured", async () => {
    const to = `${unique("plain")}@example.test`;
    await sendMail({ to, ...inviteMail(invite) });
    const [mail] = await mailsTo(to);
    expect(mail).toMatchObject({ fromName: null, subject: "Ada invited you to Client A on Loomcast" });
    expect(mail!.text).toMatch(/— Loomcast$/);
  });

  it("the From address stays ours; only the display name is the brand's", () => {
    expect(senderOf("Loomcast <no-reply@loomcast.example>", "Northwind Team")).toEqual({
      name: "Northwind Team",
      address: "no-reply@loomcast.example",
    });
    expect(senderOf("Loomcast <no-reply@loomcast.example>", null)).toBe("Loomcast <no-reply@loomcast.example>");
  });
});
