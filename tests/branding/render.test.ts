import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { BrandMark } from "@/components/branding/brand-mark";
import { BrandTheme } from "@/components/branding/brand-theme";
import { loomcastBranding } from "@/lib/branding/defaults";
import { brandingForWorkspace } from "@/server/branding/get-branding";
import { brandingMetadata } from "@/server/branding/metadata";
import { brandingForReviewToken } from "@/server/branding/review-link-branding";
import { callerFor } from "../factories/users";
import { createReviewItem } from "../review/review-factory";
import { createAgency, type Agency } from "../agency/agency-factory";

let agency: Agency;

beforeAll(async () => {
  agency = await createAgency();
  await callerFor(agency.owner).branding.updateOrganization({
    workspaceSlug: agency.home.slug,
    productName: "Northwind Studio",
    primaryColor: "#0f766e",
    logoUrl: "https://cdn.northwind.example/logo.svg",
    faviconUrl: "https://cdn.northwind.example/favicon.ico",
  });
  await callerFor(agency.owner).branding.updateWorkspace({ workspaceSlug: agency.clientB.slug, productName: "Acme Portal", primaryColor: "#b91c1c" });
});

describe("branding in the tenant UI", () => {
  it("the shell's theme tokens, logo and product name are the agency's", async () => {
    const branding = await brandingForWorkspace(agency.clientA.id);
    const theme = renderToStaticMarkup(createElement(BrandTheme, { branding }));
    expect(theme).toMatch(/^<style data-brand-theme="true">:root\{--color-brand-50:#[0-9a-f]{6};/);
    expect(theme).toContain("--color-brand-600:#0f766e");
    expect(theme).toContain("--color-brand-foreground:#ffffff");
    const mark = renderToStaticMarkup(createElement(BrandMark, { branding }));
    expect(mark).toContain('src="https://cdn.northwind.example/logo.svg"');
    expect(mark).toContain(">Northwind Studio</span>");
    expect(mark).not.toContain("Loomcast");
  });

  it("two clients of one agency can differ (workspace override)", async () => {
    const branding = await brandingForWorkspace(agency.clientB.id);
    expect(renderToStaticMarkup(createElement(BrandTheme, { branding }))).toContain("--color-brand-600:#b91c1c");
    expect(renderToStaticMarkup(createElement(BrandMark, { branding }))).toContain(">Acme Portal</span>");
  });

  it("titles and favicon follow the branding", async () => {
    expect(brandingMetadata(await brandingForWorkspace(agency.clientA.id))).toEqual({
      title: { default: "Northwind Studio", template: "%s · Northwind Studio" },
      icons: { icon: [{ url: "https://cdn.northwind.example/favicon.ico" }] },
    });
  });

  it("without white-label: no theme override, Loomcast's mark and name", () => {
    expect(renderToStaticMarkup(createElement(BrandTheme, { branding: loomcastBranding }))).toBe("");
    const mark = renderToStaticMarkup(createElement(BrandMark, { branding: loomcastBranding }));
    expect(mark).toContain(">Loomcast</span>");
    expect(mark).not.toContain("<img");
  });
});

describe("branding on a client review link", () => {
  it("is the branding of the link's workspace; a token that is not ours shows Loomcast's", async () => {
    const item = await createReviewItem(agency.clientB.id, agency.owner);
    const link = await callerFor(agency.owner).reviewLink.create({ workspaceSlug: agency.clientB.slug, contentItemId: item.id });
    expect(await brandingForReviewToken(link.token)).toMatchObject({ productName: "Acme Portal", colors: { primary: "#b91c1c" } });
    expect(await brandingForReviewToken(`${link.token}x`)).toEqual(loomcastBranding);
    expect(await brandingForReviewToken("not-a-token")).toEqual(loomcastBranding);
  });
});
