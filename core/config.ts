import { z } from "zod";
import { AppError } from "./errors.ts";

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default("0.0.0.0"),
  BOT_ID: optionalText,
  BOT_PASSWORD: optionalText,
  BOT_TYPE: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("MultiTenant"),
  BOT_TENANT_ID: optionalText,
  CONTENT_DIR: z.string().default("content/strategi-2025"),
  LEXICON_DIR: z.string().default("content/lexicon"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  MAX_QUESTION_LENGTH: z.coerce.number().int().min(20).max(4000).default(500),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(256 * 1024),
});

/** The app's settings, read once from the environment (Teams Toolkit's names where it has them). */
export interface Config {
  port: number;
  host: string;
  /** Bot registration; absent in local mode, where incoming activities are not authenticated. */
  bot?: {
    appId: string;
    password?: string;
    type: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
    tenantId?: string;
  };
  contentDir: string;
  lexiconDir: string;
  logLevel: string;
  /** Longest question the bot will search for, in characters. */
  maxQuestionLength: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
}

/** Reads the configuration from `env`; fails with a message naming the variable. */
export function readConfig(env: Record<string, string | undefined>): Config {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AppError(500, `config: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const values = result.data;
  return {
    port: values.PORT,
    host: values.HOST,
    ...(values.BOT_ID
      ? {
          bot: {
            appId: values.BOT_ID,
            type: values.BOT_TYPE,
            ...(values.BOT_PASSWORD ? { password: values.BOT_PASSWORD } : {}),
            ...(values.BOT_TENANT_ID ? { tenantId: values.BOT_TENANT_ID } : {}),
          },
        }
      : {}),
    contentDir: values.CONTENT_DIR,
    lexiconDir: values.LEXICON_DIR,
    logLevel: values.LOG_LEVEL,
    maxQuestionLength: values.MAX_QUESTION_LENGTH,
    maxBodyBytes: values.MAX_BODY_BYTES,
  };
}
