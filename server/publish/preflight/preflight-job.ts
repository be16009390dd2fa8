import "server-only";

/** Pre-flight of one scheduled job for one window: find what would fail, record it (idempotent: a repeat writes the same). */
import { db } from "@/server/db/client";
import { transaction } from "@/server/db/transaction";
import { loadRun, type RunIds } from "../run/load-run";
import { findRisk, type TokenChecks } from "./find-risk";
import { recordRisk } from "./record-risk";
import type { PreflightWindow } from "./windows";

export async function preflightJob(ids: RunIds, window: PreflightWindow, now = new Date(), tokenChecks?: TokenChecks): Promise<"stale" | "ok" | "at_risk"> {
  const run = await loadRun(db, ids);
  if (!run || run.job.status !== "scheduled") return "stale";
  const finding = await findRisk(run, now, tokenChecks);
  return transaction(({ tx }) => recordRisk(tx, run, window, finding, now));
}
