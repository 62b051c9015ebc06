import { z } from "zod";
import { AppError } from "./errors.ts";

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

/** One tenant's id; "common" or "organizations" would accept every tenant's tokens, so a GUID only. */
const tenantIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default("0.0.0.0"),
  BOT_ID: optionalText,
  BOT_PASSWORD: optionalText,
  // Single-tenant by default: creating multi-tenant bots is deprecated, and this app serves one tenant.
  BOT_TYPE: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("SingleTenant"),
  BOT_TENANT_ID: optionalText.pipe(
    z.string().regex(tenantIdPattern, "must be the tenant's id (a GUID)").optional(),
  ),
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
  FEEDBACK_SECRET: optionalText,
  FEEDBACK_DAYS_OPEN: z.coerce.number().int().min(1).max(365).default(7),
  MIN_GROUP_SIZE: z.coerce.number().int().min(3).max(100).default(5),
  FEEDBACK_LEADERS: optionalText,
  COMMENT_RETENTION_MONTHS: z.coerce.number().int().min(0).max(120).default(12),
  AAD_APP_CLIENT_ID: optionalText,
  AAD_APP_TENANT_ID: optionalText.pipe(
    z.string().regex(tenantIdPattern, "must be the tenant's id (a GUID)").optional(),
  ),
  TAB_APP_ID_URI: optionalText,
  AAD_JWKS_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,
  TEAMS_APP_ID: optionalText.pipe(
    z
      .string()
      .regex(/^[0-9A-Za-z-]{1,100}$/, "must be the Teams app id (the manifest's id)")
      .optional(),
  ),
});

/** Who may see feedback results: Entra object ids per unit id; `*` stands for every unit. */
const leadersSchema = z.record(z.string(), z.array(z.string().min(1)));

/** The app's settings, read once from the environment (Teams Toolkit's names where it has them). */
export interface Config {
  port: number;
  host: string;
  /** Bot registration; absent in local mode, where incoming activities are not authenticated. */
  bot?: {
    appId: string;
    password?: string;
    type: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
    /**
     * `BOT_TENANT_ID`: the one tenant whose activities are served (others get 403), and the tenant the
     * bot's own tokens are issued in. Required with a bot id, whatever `type` says.
     */
    tenantId: string;
  };
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
  feedback: {
    /** Key of the HMAC that turns tenant + user + prompt into a respondent key. */
    secret: string;
    /** Whether `secret` is the built-in development value (allowed in local mode only). */
    secretIsDevelopmentDefault: boolean;
    daysOpen: number;
    /** Smallest group of answers results show; never below 3. */
    minGroupSize: number;
    /**
     * Entra object ids (users or groups) allowed to see results, per unit id (`*` = all units).
     * In local mode everyone sees results, whatever is listed here.
     */
    leaders: Record<string, string[]>;
    /**
     * Months a free-text comment is kept before it is deleted (ratings stay); 0 keeps comments.
     * `core/feedback/retention.ts`.
     */
    commentRetentionMonths: number;
  };
  /** Teams SSO for the tab API; absent in local mode, where the tab API acts as one local user. */
  sso?: SsoConfig;
  /** Application Insights' connection string; without it no telemetry is loaded (`core/telemetry/`). */
  applicationInsightsConnectionString?: string;
  /**
   * `TEAMS_APP_ID`: the Teams app's id (the manifest's `id`, as Agents Toolkit writes it), for deep links
   * from cards into the app's tabs; without it the cards offer no such links.
   */
  teamsAppId?: string;
}

/** How the tab API checks a Teams SSO token (Teams Toolkit's `AAD_APP_*` names). */
export interface SsoConfig {
  /** `AAD_APP_CLIENT_ID`: the tab's Entra app; accepted as the token's audience (v2 tokens). */
  clientId: string;
  /** `AAD_APP_TENANT_ID`: the one tenant whose tokens are accepted. */
  tenantId: string;
  /** `TAB_APP_ID_URI`: `api://<host>/<client id>`, the audience of v1 tokens; optional. */
  appIdUri?: string;
  /** `AAD_JWKS_URL`: where the signing keys are published; default the tenant's v2.0 keys. */
  jwksUrl: string;
}

/**
 * Used only in local mode when no FEEDBACK_SECRET is set, so a developer can start the app with no
 * setup. With a bot id (a real deployment) a secret must be configured.
 */
const developmentSecret = "strategilotsen-local-development-only";

/** Reads the configuration from `env`; fails with a message naming the variable. */
export function readConfig(env: Record<string, string | undefined>): Config {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AppError(500, `config: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const values = result.data;
  if (values.BOT_ID && !values.FEEDBACK_SECRET) {
    throw new AppError(
      500,
      "config: FEEDBACK_SECRET: required when BOT_ID is set (respondent keys must not use the development secret)",
    );
  }
  if (values.BOT_ID && !values.BOT_TENANT_ID) {
    throw new AppError(
      500,
      "config: BOT_TENANT_ID: required when BOT_ID is set (the one tenant whose activities the bot serves)",
    );
  }
  if (values.BOT_ID && values.BOT_TYPE !== "UserAssignedMSI" && !values.BOT_PASSWORD) {
    throw new AppError(
      500,
      `config: BOT_PASSWORD: required when BOT_TYPE is ${values.BOT_TYPE} (only a managed identity has none)`,
    );
  }
  if (
    values.BOT_TENANT_ID &&
    values.AAD_APP_TENANT_ID &&
    values.BOT_TENANT_ID.toLowerCase() !== values.AAD_APP_TENANT_ID.toLowerCase()
  ) {
    throw new AppError(500, "config: BOT_TENANT_ID: must be the same tenant as AAD_APP_TENANT_ID");
  }
  if (values.AAD_APP_CLIENT_ID && !values.AAD_APP_TENANT_ID) {
    throw new AppError(500, "config: AAD_APP_TENANT_ID: required when AAD_APP_CLIENT_ID is set");
  }
  if (values.AAD_APP_CLIENT_ID && !values.FEEDBACK_SECRET) {
    throw new AppError(
      500,
      "config: FEEDBACK_SECRET: required when AAD_APP_CLIENT_ID is set (respondent keys must not use the development secret)",
    );
  }
  return {
    port: values.PORT,
    host: values.HOST,
    ...(values.BOT_ID && values.BOT_TENANT_ID
      ? {
          bot: {
            appId: values.BOT_ID,
            type: values.BOT_TYPE,
            tenantId: values.BOT_TENANT_ID,
            ...(values.BOT_PASSWORD ? { password: values.BOT_PASSWORD } : {}),
          },
        }
      : {}),
    contentDir: values.CONTENT_DIR,
    lexiconDir: values.LEXICON_DIR,
    logLevel: values.LOG_LEVEL,
    maxQuestionLength: values.MAX_QUESTION_LENGTH,
    maxBodyBytes: values.MAX_BODY_BYTES,
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    ...(values.DATABASE_URL ? { databaseUrl: values.DATABASE_URL } : {}),
    sqliteFile: values.SQLITE_FILE,
    feedback: {
      secret: values.FEEDBACK_SECRET ?? developmentSecret,
      secretIsDevelopmentDefault: !values.FEEDBACK_SECRET,
      daysOpen: values.FEEDBACK_DAYS_OPEN,
      minGroupSize: values.MIN_GROUP_SIZE,
      leaders: parseLeaders(values.FEEDBACK_LEADERS),
      commentRetentionMonths: values.COMMENT_RETENTION_MONTHS,
    },
    ...(values.AAD_APP_CLIENT_ID && values.AAD_APP_TENANT_ID
      ? { sso: ssoConfig(values.AAD_APP_CLIENT_ID, values.AAD_APP_TENANT_ID, values) }
      : {}),
    ...(values.APPLICATIONINSIGHTS_CONNECTION_STRING
      ? { applicationInsightsConnectionString: values.APPLICATIONINSIGHTS_CONNECTION_STRING }
      : {}),
    ...(values.TEAMS_APP_ID ? { teamsAppId: values.TEAMS_APP_ID } : {}),
  };
}

function ssoConfig(
  clientId: string,
  tenantId: string,
  values: { TAB_APP_ID_URI?: string | undefined; AAD_JWKS_URL?: string | undefined },
): SsoConfig {
  return {
    clientId,
    tenantId,
    ...(values.TAB_APP_ID_URI ? { appIdUri: values.TAB_APP_ID_URI } : {}),
    jwksUrl: values.AAD_JWKS_URL ?? `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
  };
}

function parseLeaders(raw: string | undefined): Record<string, string[]> {
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new AppError(500, `config: FEEDBACK_LEADERS: not JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const result = leadersSchema.safeParse(parsed);
  if (!result.success)
    throw new AppError(500, `config: FEEDBACK_LEADERS: ${result.error.issues[0]?.message}`);
  return result.data;
}
