import "dotenv/config";
import { pathToFileURL } from "node:url";
import pino, { type Logger } from "pino";
import restify from "restify";
import { type BotAdapterOptions, createBotAdapter } from "./bot/adapter.ts";
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
import { keepCommentsFor } from "./core/feedback/retention.ts";
import { mapErrorsToResponses } from "./core/http/error-response.ts";
import { shutDownOnSignals } from "./core/http/graceful-shutdown.ts";
import { inProcessLimiter, type PersonLimiter, perMinuteLimiter } from "./core/http/rate-limit.ts";
import { postgresLimiter } from "./core/http/rate-limit-postgres.ts";
import { readinessEndpoint } from "./core/http/readiness.ts";
import { jsonRequestBody } from "./core/http/request-body.ts";
import { logRequests } from "./core/http/request-logging.ts";
import { loadLexicon } from "./core/search/lexicon.ts";
import { createStrategySearch } from "./core/search/strategy-search.ts";
import { startTelemetry } from "./core/telemetry/start-telemetry.ts";
import { registerTabApi } from "./tab/api/register-tab-api.ts";
import { serveTabPages } from "./tab/serve-tab-pages.ts";

/** Services a test can replace: a store that fails, a clock it controls, quicker tally updates. */
export interface AppServices {
  store?: FeedbackStore;
  now?: () => Date;
  tallyDelayMs?: number;
  /** How long start-up waits for the database before serving anyway. Default 10 s. */
  readyTimeoutMs?: number;
  /** Where the bot's token check gets its signing keys, and how long it may take. */
  botAuthentication?: BotAdapterOptions;
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
  // First, so the SDK patches `http` before anything is served; optional, so a failure only logs.
  const telemetry = startTelemetry(config.applicationInsightsConnectionString, logger).catch(
    (error: Error) => {
      logger.error({ err: { message: error.message } }, "telemetry: Application Insights did not start");
      return undefined;
    },
  );
  const strategy = loadStrategy(config.contentDir);
  const store = services.store ?? createFeedbackStore(config, logger);
  const migrations = keepMigrating(store, logger);
  let migrated = false;
  migrations.ready.then(() => {
    migrated = true;
  });
  const retention = keepCommentsFor({
    store,
    months: config.feedback.commentRetentionMonths,
    logger,
    after: migrations.ready,
    ...(services.now ? { now: services.now } : {}),
  });
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
  const limiter = personLimiter(config, logger);
  const bot = new StrategyBot(context, limiter);
  const adapter = createBotAdapter(config, logger, (turn) => bot.apologize(turn), services.botAuthentication);
  const updateSharedCard = sharedCardUpdater(context, adapter, config.bot?.appId ?? "");

  const server = restify.createServer({ name: "strategilotsen", handleUncaughtExceptions: false });
  logRequests(server, logger);
  server.use(...jsonRequestBody(config.maxBodyBytes));
  mapErrorsToResponses(server, logger);
  server.post("/api/messages", messagesEndpoint(adapter, bot));
  registerTabApi(server, { ...context, config, limiter });
  serveTabPages(server, { logger });
  server.get("/healthz", async function health(_req, res) {
    res.send({ status: "ok", content: `${strategy.title} (${strategy.items.length} afsnit)` });
  });
  server.get(
    "/readyz",
    readinessEndpoint({ contentLoaded: () => strategy.items.length > 0, migrated: () => migrated, store }),
  );
  logStartup(config, logger);
  // Not unref'd: with the database down nothing else keeps the process alive until it listens.
  let readyTimer: NodeJS.Timeout | undefined;
  const readyTimeout = new Promise<void>((resolve) => {
    readyTimer = setTimeout(resolve, services.readyTimeoutMs ?? 10_000);
  });
  return {
    server,
    ready: Promise.all([
      Promise.race([migrations.ready, readyTimeout]).finally(() => clearTimeout(readyTimer)),
      telemetry,
    ]).then(() => undefined),
    flushCardUpdates: () => tally.flush(),
    async close() {
      clearTimeout(readyTimer);
      migrations.stop();
      await retention.stop();
      await tally.flush();
      await store.close();
      await limiter.close();
      await (await telemetry)?.stop();
    },
  };
}

/**
 * Each person's rate limit: shared by every instance through PostgreSQL when `DATABASE_URL` is set,
 * else in this process. Real time, not `now`: a test's frozen clock would never refill anyone's bucket.
 */
function personLimiter(config: Config, logger: Logger): PersonLimiter {
  const perMinute = config.rateLimitPerMinute;
  if (config.databaseUrl && perMinute > 0)
    return postgresLimiter({ connectionString: config.databaseUrl, perMinute, logger });
  return inProcessLimiter(perMinuteLimiter(perMinute));
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
  shutDownOnSignals({ server: app.server, close: () => app.close(), logger });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
