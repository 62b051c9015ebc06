import "dotenv/config";
import { pathToFileURL } from "node:url";
import pino, { type Logger } from "pino";
import restify from "restify";
import { createBotAdapter } from "./bot/adapter.ts";
import { messagesEndpoint } from "./bot/messages-endpoint.ts";
import { StrategyBot } from "./bot/strategy-bot.ts";
import { type Config, readConfig } from "./core/config.ts";
import { loadStrategy } from "./core/content/load-strategy.ts";
import { type AnswerRatingStore, createMemoryRatingStore } from "./core/feedback/answer-ratings.ts";
import { mapErrorsToResponses } from "./core/http/error-response.ts";
import { loadLexicon } from "./core/search/lexicon.ts";
import { createStrategySearch } from "./core/search/strategy-search.ts";

/** Services that can be replaced, e.g. by a test that needs a store that fails. */
export interface AppServices {
  ratings?: AnswerRatingStore;
}

/** Builds the whole app — content, search, bot and HTTP routes — from configuration. Only wiring here. */
export function createApp(config: Config, logger: Logger, services: AppServices = {}): restify.Server {
  const strategy = loadStrategy(config.contentDir);
  const search = createStrategySearch(strategy, loadLexicon(config.lexiconDir));
  const bot = new StrategyBot({
    strategy,
    search,
    ratings: services.ratings ?? createMemoryRatingStore(),
    maxQuestionLength: config.maxQuestionLength,
    logger,
  });
  const adapter = createBotAdapter(config, logger, (context) => bot.apologize(context));

  const server = restify.createServer({ name: "strategilotsen", handleUncaughtExceptions: false });
  server.use(
    restify.plugins.bodyParser({ maxBodySize: config.maxBodyBytes, mapParams: false, mapFiles: false }),
  );
  mapErrorsToResponses(server, logger);
  server.post("/api/messages", messagesEndpoint(adapter, bot));
  server.get("/healthz", async function health(_req, res) {
    res.send({ status: "ok", content: `${strategy.title} (${strategy.items.length} afsnit)` });
  });
  logger.info(
    config.bot ? { appId: config.bot.appId, botType: config.bot.type } : { mode: "local" },
    config.bot
      ? "bot: Bot Framework authentication is on"
      : "bot: local mode – no BOT_ID set, so incoming activities are NOT authenticated (Agents Playground / Emulator)",
  );
  return server;
}

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const logger = pino({ level: config.logLevel });
  const server = createApp(config, logger);
  server.listen(config.port, config.host, () => logger.info({ url: server.url }, "http: listening"));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
