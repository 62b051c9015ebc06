/**
 * `npm run demo-data [-- --force]`: fills the local database with demonstration answers from made-up
 * colleagues (see `fillDemoFeedback`), so results and charts can be seen on one machine. Refused when
 * `DATABASE_URL` is set — that is likely a shared or real database — unless `--force` is given.
 */
import "dotenv/config";
import pino from "pino";
import { readConfig } from "../core/config.ts";
import { loadStrategy } from "../core/content/load-strategy.ts";
import { createFeedbackStore } from "../core/feedback/create-store.ts";
import { demoDataRefusal } from "./demo-data-guard.ts";
import { fillDemoFeedback } from "./demo-feedback.ts";

const config = readConfig(process.env);
const refusal = demoDataRefusal(config, process.argv.slice(2));
if (refusal) {
  process.stderr.write(`${refusal}\n`);
  process.exit(1);
}
const logger = pino({ level: "warn" });
const store = createFeedbackStore(config, logger);
try {
  await store.migrate();
  const written = await fillDemoFeedback(store, loadStrategy(config.contentDir), new Date());
  const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : config.sqliteFile;
  process.stdout.write(
    `demo-data: ${written.prompts} prompts and ${written.answers} answers from made-up colleagues written to ${where}.\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await store.close();
}
