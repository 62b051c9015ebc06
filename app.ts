import type { Logger } from "pino";
import restify from "restify";
import { type BotAdapterOptions, createBotAdapter } from "./bot/adapter.ts";
import type { BotContext } from "./bot/flows/bot-context.ts";
import { sharedCardUpdater } from "./bot/flows/shared-card-update.ts";
import { createTallyBatcher } from "./bot/flows/tally-batcher.ts";
import { messagesEndpoint } from "./bot/messages-endpoint.ts";
import { StrategyBot } from "./bot/strategy-bot.ts";
import { type Config, isLocalMode } from "./core/config.ts";
import { loadStrategy } from "./core/content/load-strategy.ts";
import { createFeedbackStore } from "./core/feedback/create-store.ts";
import type { FeedbackStore } from "./core/feedback/feedback-store.ts";
import { keepMigrating } from "./core/feedback/keep-migrating.ts";
import { scheduleRetention } from "./core/feedback/retention.ts";
import { mapErrorsToResponses } from "./core/http/error-response.ts";
import { healthEndpoint } from "./core/http/health.ts";
import { personLimiterFor } from "./core/http/rate-limit-for-config.ts";
import { readinessEndpoint } from "./core/http/readiness.ts";
import { jsonRequestBody } from "./core/http/request-body.ts";
import { logRequests } from "./core/http/request-logging.ts";
import { loadLexicon } from "./core/search/lexicon.ts";
import { createStrategySearch } from "./core/search/strategy-search.ts";
import { warmUpSearch } from "./core/search/warm-up.ts";
import { logStartUp } from "./core/start-up-log.ts";
import { startTelemetry } from "./core/telemetry/start-telemetry.ts";
import { registerTabApi } from "./tab/api/register-tab-api.ts";
import { serveTabPages } from "./tab/serve-tab-pages.ts";

/** Parts a test or benchmark can replace: a store that fails, a clock it controls, quicker tally updates. */
export interface AppServices {
  store?: FeedbackStore;
  now?: () => Date;
  tallyDelayMs?: number;
  /** How long start-up waits for the database before serving anyway. Default 10 s. */
  readyTimeoutMs?: number;
  /** Where the bot's token check gets its signing keys, and how long it may take. */
  botAuthentication?: BotAdapterOptions;
}

/** The built app: its HTTP server (not yet listening), and how to stop it cleanly. */
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
  // First, so the SDK patches `http` before anything is served.
  const telemetry = startTelemetry(config.applicationInsightsConnectionString, logger);
  const strategy = loadStrategy(config.contentDir);
  const store = services.store ?? createFeedbackStore(config, logger);
  const migrations = keepMigrating(store, logger, {
    ...(services.readyTimeoutMs === undefined ? {} : { startWithinMs: services.readyTimeoutMs }),
  });
  const retention = scheduleRetention({
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
  const search = createStrategySearch(strategy, loadLexicon(config.lexiconDir));
  if (config.searchWarmUp) {
    const started = performance.now();
    const questions = warmUpSearch(search, strategy);
    logger.info({ questions, ms: Math.round(performance.now() - started) }, "search: warmed up");
  }
  const context: BotContext = {
    strategy,
    search,
    store,
    maxQuestionLength: config.maxQuestionLength,
    feedback: config.feedback,
    localMode: isLocalMode(config),
    ...(config.teamsAppId ? { teamsAppId: config.teamsAppId } : {}),
    tallyChanged: (promptId) => tally.changed(promptId),
    now: services.now ?? (() => new Date()),
    logger,
  };
  const limiter = personLimiterFor(config, logger);
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
  server.get("/healthz", healthEndpoint(strategy));
  server.get(
    "/readyz",
    readinessEndpoint({
      contentLoaded: () => strategy.items.length > 0,
      migrated: migrations.migrated,
      store,
    }),
  );
  logStartUp(config, logger);
  return {
    server,
    ready: Promise.all([migrations.started, telemetry]).then(() => undefined),
    flushCardUpdates: () => tally.flush(),
    async close() {
      migrations.stop();
      await retention.stop();
      await tally.flush();
      await store.close();
      await limiter.close();
      await (await telemetry)?.stop();
    },
  };
}
