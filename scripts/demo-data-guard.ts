import type { FeedbackStoreConfig } from "../core/feedback/create-store.ts";

/**
 * Why `npm run demo-data` must not run with these settings, or undefined if it may: with `DATABASE_URL`
 * set the data would go into PostgreSQL, most likely a shared or real database, so only `--force` lets
 * it. Unknown arguments are refused too, so a mistyped `--forc` does not silently do nothing.
 */
export function demoDataRefusal(config: FeedbackStoreConfig, args: readonly string[]): string | undefined {
  const unknown = args.filter((arg) => arg !== "--force");
  if (unknown.length > 0) return `demo-data: unknown argument ${unknown.join(" ")} (only --force is known)`;
  if (config.databaseUrl && !args.includes("--force")) {
    return "demo-data: DATABASE_URL is set, so this would write made-up answers into PostgreSQL. Demonstration data is meant for the local SQLite database: unset DATABASE_URL, or add --force if this database is yours to fill.";
  }
  return undefined;
}
