import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureBilling, type BillingConfig } from "@/server/billing/config";
import { contrastRatio, normaliseHex, themeTokens } from "@/lib/branding/color";
import { loomcastBranding } from "@/lib/branding/defaults";
import { brandedFilename } from "@/server/branding/export-filename";
import { brandingForOrganization, brandingForWorkspace } from "@/server/branding/get-branding";
import { formErrorsOf } from "../factories/errors";
import { callerFor } from "../factories/users";
import { auditRows } from "../factories/workspaces";
import { createAgency, type Agency } from "../agency/agency-factory";
import { brandingSnapshot, setPlan } from "./branding-factory";

let agency: Agency;
const api = () => callerFor(agency.owner);

beforeAll(async () => {
  agency = await createAgency();
});

describe("white-label with billing disabled (available to everyone)", () => {
  it("starts as Loomcast's defaults, marked white-label", async () => {
    expect(await brandingForWorkspace(agency.clientA.id)).toEqual({ ...loomcastBranding, whiteLabel: true });
  });

  it("the organization's branding applies to every client; a workspace override wins field by field", async () => {
    await api().branding.updateOrganization({
      workspaceSlug: agency.home.slug,
      productName: "Northwind Studio",
      primaryColor: "#0F766E",
      logoUrl: "https://cdn.northwind.example/logo.svg",
      emailSenderName: "Northwind",
      emailFooter: "Northwind Studio · 1 Harbour Road",
    });
    await api().branding.updateWorkspace({ workspaceSlug: agency.clientB.slug, productName: "Acme Portal", primaryColor: "#b91c1c" });
    const a = await brandingForWorkspace(agency.clientA.id);
    expect(a).toMatchObject({
      productName: "Northwind Studio",
      logoUrl: "https://cdn.northwind.example/logo.svg",
      colors: { primary: "#0f766e", primaryForeground: "#ffffff" },
      emailSenderName: "Northwind",
      emailFooter: "Northwind Studio · 1 Harbour Road",
      whiteLabel: true,
    });
    const b = await brandingForWorkspace(agency.clientB.id);
    expect(b).toMatchObject({ productName: "Acme Portal", logoUrl: a.logoUrl, colors: { primary: "#b91c1c" }, emailSenderName: "Northwind" });
    expect(await brandingForOrganization(agency.organization.id)).toMatchObject({ productName: "Northwind Studio" });
    expect(await auditRows(agency.home.id, "branding.organization_updated")).toHaveLength(1);
    expect(await auditRows(agency.clientB.id, "branding.workspace_updated")).toHaveLength(1);
  });

  it("null clears an override (back to the organization's); omitted fields keep their value", async () => {
    await api().branding.updateWorkspace({ workspaceSlug: agency.clientB.slug, productName: null });
    expect(await brandingForWorkspace(agency.clientB.id)).toMatchObject({ productName: "Northwind Studio", colors: { primary: "#b91c1c" } });
  });

  it("an update that changes nothing writes no audit record", async () => {
    const before = await brandingSnapshot(agency.organization.id);
    await api().branding.updateWorkspace({ workspaceSlug: agency.clientB.slug, primaryColor: "#B91C1C" });
    expect(await brandingSnapshot(agency.organization.id)).toEqual(before);
  });

  it("refuses unreadable text on the primary colour, bad colours and non-https images, field by field", async () => {
    const before = await brandingSnapshot(agency.organization.id);
    const low = await formErrorsOf(
      api().branding.updateOrganization({ workspaceSlug: agency.home.slug, primaryColor: "#fde047", primaryForegroundColor: "#ffffff" }),
    );
    expect(low).toMatchObject({ code: "BAD_REQUEST", field: "primaryForegroundColor" });
    expect(low.message).toMatch(/4\.5:1/);
    const bad = await formErrorsOf(
      api().branding.updateOrganization({
        workspaceSlug: agency.home.slug,
        primaryColor: "teal",
        logoUrl: "http://cdn.example.com/logo.png",
        faviconUrl: "javascript:alert(1)",
        emailSenderName: "Evil <root@evil.example>",
      }),
    );
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["emailSenderName", "faviconUrl", "logoUrl", "primaryColor"]);
    expect(await brandingSnapshot(agency.organization.id)).toEqual(before);
  });

  it("a light primary without a text colour gets dark text", async () => {
    await api().branding.updateWorkspace({ workspaceSlug: agency.clientA.slug, primaryColor: "#fde047" });
    const { colors } = await brandingForWorkspace(agency.clientA.id);
    expect(contrastRatio(colors.primaryForeground, colors.primary)).toBeGreaterThanOrEqual(4.5);
    expect(colors.primaryForeground).toBe("#18181b");
    await api().branding.updateWorkspace({ workspaceSlug: agency.clientA.slug, primaryColor: null });
  });
});

describe("with billing enabled", () => {
  let previous: BillingConfig | null = null;
  beforeAll(() => {
    previous = configureBilling({ secretKey: "sk_test_local", webhookSecret: null, apiUrl: null, prices: { starter: {}, pro: {}, enterprise: {} }, appUrl: "http://localhost:3000" });
  });
  afterAll(() => {
    configureBilling(previous);
  });

  it("Loomcast branding stays on plans without white-label, and saving is refused with the plan to choose", async () => {
    await setPlan(agency.organization.id, "pro");
    expect(await brandingForWorkspace(agency.clientA.id)).toEqual(loomcastBranding);
    const before = await brandingSnapshot(agency.organization.id);
    await expect(api().branding.updateOrganization({ workspaceSlug: agency.home.slug, productName: "Nope" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/Enterprise/),
    });
    expect(await brandingSnapshot(agency.organization.id)).toEqual(before);
  });

  it("on Enterprise the stored branding applies; once the subscription is cancelled Loomcast's returns", async () => {
    await setPlan(agency.organization.id, "enterprise");
    expect(await brandingForWorkspace(agency.clientA.id)).toMatchObject({ productName: "Northwind Studio", whiteLabel: true });
    await setPlan(agency.organization.id, "enterprise", "canceled");
    expect(await brandingForWorkspace(agency.clientA.id)).toEqual(loomcastBranding);
  });
});

describe("colours and exports", () => {
  it("normalises hex and derives the brand scale from the primary and accent", () => {
    expect(normaliseHex("#ABC")).toBe("#aabbcc");
    expect(normaliseHex("rgb(0,0,0)")).toBeNull();
    const tokens = themeTokens({ primary: "#0f766e", primaryForeground: "#ffffff", accent: "#ccfbf1" });
    expect(tokens).toMatchObject({ "--color-brand-600": "#0f766e", "--color-brand-100": "#ccfbf1", "--color-brand-foreground": "#ffffff" });
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
  });

  it("names exports after the product", () => {
    expect(brandedFilename({ productName: "Northwind Studio" }, "analytics-2026-11.csv")).toBe("northwind-studio-analytics-2026-11.csv");
    expect(brandedFilename(loomcastBranding, "../../etc/passwd")).toBe("loomcast-..-..-etc-passwd");
  });
});
