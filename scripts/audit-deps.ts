/**
 * CI's dependency check: fails on a known high or critical advisory in production dependencies
 * (`npm audit --omit=dev`) that `audit-allowlist.json` does not explain, and on an allow-list entry
 * past its review date. Exit codes: 0 clean, 1 advisories or allow-list problems, 2 the audit could
 * not run and AUDIT_REQUIRE_REGISTRY=true.
 *
 * When the registry's audit endpoint cannot be reached (after retries) or refuses the call, the
 * check says so loudly and passes, unless AUDIT_REQUIRE_REGISTRY=true: an outage of a third-party
 * endpoint must not turn every build red. Settings: AUDIT_ALLOWLIST (path), AUDIT_LEVEL (high),
 * AUDIT_RETRIES (3), AUDIT_BACKOFF_MS (2000), AUDIT_TIMEOUT_MS (60000).
 */
import { resolve } from "node:path";
import { expiredEntries, loadAllowList } from "./audit/allowlist";
import { advisoriesOf, formatAdvisory, severities, subtractAllowed, type Severity } from "./audit/report";
import { runNpmAudit } from "./audit/run-npm-audit";

const env = process.env;
const level = (env.AUDIT_LEVEL ?? "high") as Severity;
const intOf = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value) ? Number(value) : fallback);

async function main(): Promise<number> {
  if (!severities.includes(level)) {
    console.error(`AUDIT_LEVEL must be one of ${severities.join(", ")}; got "${level}".`);
    return 1;
  }
  const allowPath = resolve(env.AUDIT_ALLOWLIST ?? "audit-allowlist.json");
  const allow = loadAllowList(allowPath);
  const expired = expiredEntries(allow);
  if (expired.length > 0) {
    console.error(`Dependency audit: ${expired.length} allow-list entr${expired.length === 1 ? "y is" : "ies are"} past the review date in ${allowPath}:`);
    for (const e of expired) console.error(`  ${e.id} (${e.package}), review by ${e.reviewBy}: ${e.reason}`);
    console.error("Check whether each still does not apply, then move its date on (or upgrade and remove it).");
    return 1;
  }

  const outcome = await runNpmAudit({ retries: intOf(env.AUDIT_RETRIES, 3), backoffMs: intOf(env.AUDIT_BACKOFF_MS, 2000), timeoutMs: intOf(env.AUDIT_TIMEOUT_MS, 60_000) });
  if (!outcome.ok) {
    const strict = env.AUDIT_REQUIRE_REGISTRY === "true";
    const banner = "!".repeat(78);
    console.error(
      [
        banner,
        `DEPENDENCY AUDIT DID NOT RUN: the registry's audit endpoint failed after ${outcome.attempts} attempt${outcome.attempts === 1 ? "" : "s"}:`,
        `  ${outcome.reason}`,
        "No advisory was checked. Run `npm run audit:deps` where the endpoint answers.",
        strict ? "AUDIT_REQUIRE_REGISTRY=true: failing." : "Passing anyway (set AUDIT_REQUIRE_REGISTRY=true to fail instead).",
        banner,
      ].join("\n"),
    );
    return strict ? 2 : 0;
  }

  const found = advisoriesOf(outcome.report, level);
  const { allowed, failing, unused } = subtractAllowed(found, allow);
  for (const e of unused) console.warn(`Dependency audit: allow-list entry ${e.id} (${e.package}) matches no current advisory; remove it.`);
  if (allowed.length > 0) console.log(`Dependency audit: ${allowed.length} advisor${allowed.length === 1 ? "y" : "ies"} allowed by ${allowPath}.`);
  if (failing.length === 0) {
    console.log(`Dependency audit: no ${level} or worse advisory in production dependencies.`);
    return 0;
  }
  console.error(`Dependency audit: ${failing.length} ${level}-or-worse advisor${failing.length === 1 ? "y" : "ies"} in production dependencies:\n`);
  for (const a of failing) console.error(`${formatAdvisory(a)}\n`);
  console.error(`Upgrade (exact pins: npm install --save-exact name@fixed), or add the advisory to ${allowPath} with the reason it does not apply and a review date.`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Dependency audit failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
