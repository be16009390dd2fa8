/**
 * The `test` every spec uses: Playwright's, plus an automatic check that no page broke its
 * Content-Security-Policy. Each browser context of the test — the default one and any a spec opens
 * for a second person — reports `securitypolicyviolation` events (and Chromium's own "Refused to …
 * Content Security Policy" console errors); a test with any of them fails, naming page and directive.
 * The list is the `cspViolations` fixture: a test that provokes a violation on purpose reads it and
 * empties it.
 */
import { test as base, expect, type Browser, type BrowserContext } from "@playwright/test";

const cspMessage = /Content Security Policy|CSP violation/i;

async function watch(context: BrowserContext, violations: string[]): Promise<void> {
  context.on("console", (message) => {
    if (message.type() === "error" && cspMessage.test(message.text())) violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile || e.documentURI}:${e.lineNumber} (${e.sample})`);
    });
  });
}

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context, browser }, use) => {
      const violations: string[] = [];
      await watch(context, violations);
      const newContext = browser.newContext.bind(browser);
      const patched: Browser["newContext"] = async (...args) => {
        const opened = await newContext(...args);
        await watch(opened, violations);
        return opened;
      };
      browser.newContext = patched;
      try {
        await use(violations);
      } finally {
        browser.newContext = newContext;
      }
      expect([...new Set(violations)], "pages of this test violated their Content-Security-Policy").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
