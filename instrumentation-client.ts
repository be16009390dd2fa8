/**
 * Runs in the browser before the app becomes interactive.
 * Zod compiles object parsers with `new Function` when it may, and probes for that first; the
 * app's Content-Security-Policy allows no eval, so the probe is a reported violation on every page
 * with a form. Parse without the JIT: same results, no eval.
 */
import { z } from "zod";

z.config({ jitless: true });
