import { z } from "zod";
import { optionalText, settingError } from "./setting-values.ts";

/** Feedback: the respondent-key secret, how long prompts stay open, what results hide, how long comments stay. */
export const feedbackSettings = {
  FEEDBACK_SECRET: optionalText,
  FEEDBACK_DAYS_OPEN: z.coerce.number().int().min(1).max(365).default(7),
  MIN_GROUP_SIZE: z.coerce.number().int().min(3).max(100).default(5),
  COMMENT_RETENTION_MONTHS: z.coerce.number().int().min(0).max(120).default(12),
};

type FeedbackValues = z.infer<z.ZodObject<typeof feedbackSettings>>;

/**
 * How feedback is kept and shown. Who may see results is not configured here: it is the app roles in the
 * person's token (`core/feedback/leader-access.ts`), assigned in Entra ID.
 */
export interface FeedbackConfig {
  /** Key of the HMAC that turns tenant + user + prompt into a respondent key. */
  secret: string;
  /** Whether `secret` is the built-in development value (allowed in local mode only). */
  secretIsDevelopmentDefault: boolean;
  daysOpen: number;
  /** Smallest group of answers results show; never below 3. */
  minGroupSize: number;
  /**
   * Months a free-text comment is kept before it is deleted (ratings stay); 0 keeps comments.
   * `core/feedback/retention.ts`.
   */
  commentRetentionMonths: number;
}

/**
 * Used only in local mode when no FEEDBACK_SECRET is set, so a developer can start the app with no
 * setup. With a bot id or tab sign-in (a real deployment) a secret must be configured.
 */
const developmentSecret = "strategilotsen-local-development-only";

/** The feedback settings; `signedInBy` names the setting that makes this a real deployment, if any. */
export function feedbackConfig(values: FeedbackValues, signedInBy: string | undefined): FeedbackConfig {
  if (signedInBy && !values.FEEDBACK_SECRET)
    throw settingError(
      "FEEDBACK_SECRET",
      `required when ${signedInBy} is set (respondent keys must not use the development secret)`,
    );
  return {
    secret: values.FEEDBACK_SECRET ?? developmentSecret,
    secretIsDevelopmentDefault: !values.FEEDBACK_SECRET,
    daysOpen: values.FEEDBACK_DAYS_OPEN,
    minGroupSize: values.MIN_GROUP_SIZE,
    commentRetentionMonths: values.COMMENT_RETENTION_MONTHS,
  };
}
