import "dotenv/config";
import { pathToFileURL } from "node:url";
import pino, { type Logger } from "pino";
import restify from "restify";
import { createBotAdapter } from "./bot/adapter.ts";
import type { BotContext } from "./bot/flows/bot-context.ts";
import { sharedCardUpdater } from "./bot/flows/shared-card-update.ts";
import { createTallyBatcher } from "./bot/flows/tally-batcher.ts";
import { messagesEndpoint } from "./bot/messages-endpoint.ts";
import { StrategyBot } from "./bot/strategy-bot.ts";
import { type Config, readConfig } from "./core/config.ts";
import { loadStrategy } from "./core/content/load-strategy.ts";
import { createFeedbackStore } from "./core/feedback/create-store.ts";
import type { FeedbackStore } from "./core/feedback/feedback-store.ts";
import { keepMigrating } from "./core/feedback/keep-migrating.ts";
import { mapErrorsToResponses } from "./core/http/error-response.ts";
import { loadLexicon } from "./core/search/lexicon.ts";
import { createStrategySearch } from "./core/search/strategy-search.ts";

/** Services a test can replace: a store that fails, a clock it controls, quicker tally updates. */
export interface AppServices {
  store?: FeedbackStore;
  now?: () => Date;
  tallyDelayMs?: number;
  /** How long start-up waits for the database before serving anyway. Default 10 s. */
  readyTimeoutMs?: number;
}

/** The running app: its HTTP server, and how to stop it cleanly. */
export interface App {
  server: restify.Server;
  /**
   * Settles when the database schema is up to date, or after a few seconds if the database is down:
   * the app then serves strategy questions anyway, and keeps retrying the migrations.
   */
  ready: Promise<void>;
  /** Sends the pending shared-card updates now instead of when their batch is due. */
  flushCardUpdates(): Promise<void>;
  /** Sends pending card updates, then closes the store. The HTTP server is closed by the caller. */
  close(): Promise<void>;
}

/** Builds the whole app — content, search, store, bot and HTTP routes — from configuration. Only wiring here. */
export function createApp(config: Config, logger: Logger, services: AppServices = {}): App {
  const strategy = loadStrategy(config.contentDir);
  const store = services.store ?? createFeedbackStore(config, logger);
  const migrations = keepMigrating(store, logger);
  const tally = createTallyBatcher({
    ...(services.tallyDelayMs === undefined ? {} : { delayMs: services.tallyDelayMs }),
    update: (promptId) => updateSharedCard(promptId),
    onError: (_promptId, error) =>
      logger.warn({ err: { message: error.message } }, "feedback: tally update failed"),
  });
  const context: BotContext = {
    strategy,
    search: createStrategySearch(strategy, loadLexicon(config.lexiconDir)),
    store,
    maxQuestionLength: config.maxQuestionLength,
    feedback: config.feedback,
    localMode: !config.bot,
    tallyChanged: (promptId) => tally.changed(promptId),
    now: services.now ?? (() => new Date()),
    logger,
  };
  const bot = new StrategyBot(context);
  const adapter = createBotAdapter(config, logger, (turn) => bot.apologize(turn));
  const updateSharedCard = sharedCardUpdater(context, adapter, config.bot?.appId ?? "");

  const server = restify.createServer({ name: "strategilotsen", handleUncaughtExceptions: false });
  server.use(
    restify.plugins.bodyParser({ maxBodySize: config.maxBodyBytes, mapParams: false, mapFiles: false }),
  );
  mapErrorsToResponses(server, logger);
  server.post("/api/messages", messagesEndpoint(adapter, bot));
  server.get("/healthz", async function health(_req, res) {
    res.send({ status: "ok", content: `${strategy.title} (${strategy.items.length} afsnit)` });
  });
  logStartup(config, logger);
  return {
    server,
    ready: Promise.race([
      migrations.ready,
      new Promise<void>((resolve) => setTimeout(resolve, services.readyTimeoutMs ?? 10_000).unref()),
    ]),
    flushCardUpdates: () => tally.flush(),
    async close() {
      migrations.stop();
      await tally.flush();
      await store.close();
    },
  };
}

function logStartup(config: Config, logger: Logger): void {
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

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const logger = pino({ level: config.logLevel });
  const app = createApp(config, logger);
  await app.ready;
  app.server.listen(config.port, config.host, () => logger.info({ url: app.server.url }, "http: listening"));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
