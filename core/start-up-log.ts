import type { Logger } from "pino";
import type { Config } from "./config.ts";

/**
 * Logs, once at start-up, how the app is configured where it matters for safety: whether incoming bot
 * activities are authenticated, which feedback store is used, and whether the feedback secret is the
 * development default. Names no secrets.
 */
export function logStartUp(config: Config, logger: Logger): void {
  if (config.bot)
    logger.info(
      { appId: config.bot.appId, botType: config.bot.type },
      "bot: Bot Framework authentication is on",
    );
  else {
    logger.info(
      { mode: "local" },
      "bot: local mode – no BOT_ID set, so incoming activities are NOT authenticated (Agents Playground / Emulator)",
    );
  }
  logger.info(
    {
      engine: config.databaseUrl ? "postgresql" : "sqlite",
      ...(config.databaseUrl ? {} : { file: config.sqliteFile }),
    },
    "store: feedback store",
  );
  if (config.feedback.secretIsDevelopmentDefault)
    logger.warn("feedback: FEEDBACK_SECRET not set – using the local development secret");
}
