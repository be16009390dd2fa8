/** Runs once when the Next.js server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkDatabaseOrExit } = await import("@/server/startup/check-database");
  await checkDatabaseOrExit();
}
