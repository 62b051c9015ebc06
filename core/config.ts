/**
 * The app's settings, read once from the environment by `readConfig`, the one entry point. Each concept
 * keeps its settings, their checks and their part of `Config` in its own file under `core/config/`: the
 * bot's registration, the tab's sign-in, feedback; what is left here (the server, storage, telemetry) is
 * a line or two each.
 */
import { z } from "zod";
import { type BotRegistration, botRegistration, botSettings } from "./config/bot-registration.ts";
import { type FeedbackConfig, feedbackConfig, feedbackSettings } from "./config/feedback-settings.ts";
import { optionalText, settingError } from "./config/setting-values.ts";
import { type SsoConfig, tabSignIn, tabSignInSettings } from "./config/tab-sign-in.ts";

export type { BotRegistration, FeedbackConfig, SsoConfig };

/** Every setting the app reads, by its environment name (Teams Toolkit's names where it has them). */
export const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default("0.0.0.0"),
  CONTENT_DIR: z.string().default("content/strategi-2025"),
  LEXICON_DIR: z.string().default("content/lexicon"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  MAX_QUESTION_LENGTH: z.coerce.number().int().min(20).max(4000).default(500),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(256 * 1024),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(30),
  DATABASE_URL: optionalText,
  SQLITE_FILE: z.string().default("data/strategilotsen.sqlite"),
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,
  SEARCH_WARM_UP: z.enum(["on", "off"]).default("on"),
  ...botSettings,
  ...tabSignInSettings,
  ...feedbackSettings,
});

/** The app's settings, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  /** Bot registration; absent in local mode, where incoming activities are not authenticated. */
  bot?: BotRegistration;
  contentDir: string;
  lexiconDir: string;
  logLevel: string;
  /** Longest question the bot will search for, in characters. */
  maxQuestionLength: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /**
   * Questions and feedback actions one person may send a minute, per face (chat, message extension,
   * tab), after a burst of up to 10 (`core/http/rate-limit.ts`); 0 turns the limit off.
   */
  rateLimitPerMinute: number;
  /** PostgreSQL connection string; without it the embedded SQLite file is used. */
  databaseUrl?: string;
  sqliteFile: string;
  feedback: FeedbackConfig;
  /** Teams SSO for the tab API; absent in local mode, where the tab API acts as one local user. */
  sso?: SsoConfig;
  /**
   * Whether start-up asks the search the content's own example questions and alternates once (about
   * 2 s), so the first people to ask after a start get answers as fast as later ones (`warm-up.ts`).
   */
  searchWarmUp: boolean;
  /** Application Insights' connection string; without it no telemetry is loaded (`core/telemetry/`). */
  applicationInsightsConnectionString?: string;
  /**
   * `TEAMS_APP_ID`: the Teams app's id (the manifest's `id`, as Agents Toolkit writes it), for deep links
   * from cards into the app's tabs; without it the cards offer no such links.
   */
  teamsAppId?: string;
}

/** Reads the configuration from `env`; fails with a message naming the variable. */
export function readConfig(env: Record<string, string | undefined>): Config {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw settingError(String(issue?.path.join(".")), String(issue?.message));
  }
  const values = result.data;
  const bot = botRegistration(values);
  const sso = tabSignIn(values, values.BOT_TENANT_ID);
  const signedInBy = bot ? "BOT_ID" : sso ? "AAD_APP_CLIENT_ID" : undefined;
  return {
    port: values.PORT,
    host: values.HOST,
    ...(bot ? { bot } : {}),
    contentDir: values.CONTENT_DIR,
    lexiconDir: values.LEXICON_DIR,
    logLevel: values.LOG_LEVEL,
    maxQuestionLength: values.MAX_QUESTION_LENGTH,
    maxBodyBytes: values.MAX_BODY_BYTES,
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    ...(values.DATABASE_URL ? { databaseUrl: values.DATABASE_URL } : {}),
    sqliteFile: values.SQLITE_FILE,
    searchWarmUp: values.SEARCH_WARM_UP === "on",
    feedback: feedbackConfig(values, signedInBy),
    ...(sso ? { sso } : {}),
    ...(values.APPLICATIONINSIGHTS_CONNECTION_STRING
      ? { applicationInsightsConnectionString: values.APPLICATIONINSIGHTS_CONNECTION_STRING }
      : {}),
    ...(values.TEAMS_APP_ID ? { teamsAppId: values.TEAMS_APP_ID } : {}),
  };
}

/**
 * Local mode: neither a bot registration nor tab sign-in, a developer's machine. Nothing is
 * authenticated there, so everyone may see every result, in the tab and in the bot alike, and both say so.
 */
export function isLocalMode(config: Pick<Config, "bot" | "sso">): boolean {
  return !config.bot && !config.sso;
}
