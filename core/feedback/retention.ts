import type { Logger } from "pino";
import type { FeedbackStore } from "./feedback-store.ts";

/** Options of {@link scheduleRetention}. */
export interface RetentionOptions {
  store: Pick<FeedbackStore, "deleteCommentsBefore" | "forgetMeetingEndsBefore">;
  /** How many months a free-text comment is kept (`COMMENT_RETENTION_MONTHS`); 0 keeps them for ever. */
  months: number;
  logger: Logger;
  /** The current time. Default `new Date()`. */
  now?: () => Date;
  /** The first sweep waits for this: the schema's migrations, so the tables exist. Default none. */
  after?: Promise<void>;
  /** Time between sweeps. Default a day. */
  intervalMs?: number;
  /** Time before the next try after a sweep failed (database down). Default an hour. */
  retryMs?: number;
}

/** A running retention schedule. */
export interface Retention {
  /** Deletes the comments past retention now; resolves with how many (0 when comment retention is off). */
  sweep(): Promise<number>;
  /** Stops the schedule and waits for a sweep under way, so the store can be closed after it. */
  stop(): Promise<void>;
}

const day = 24 * 60 * 60 * 1000;

/**
 * How long a claimed meeting end is remembered. Teams redelivers a meeting's end within minutes; a
 * month is far beyond any redelivery, and keeps the table from growing with every meeting for ever.
 */
export const meetingEndMemoryDays = 30;

/**
 * Data protection for feedback: comments are free text and may say anything about anyone, so they are
 * deleted `months` after they were given, while the ratings, topics and counts stay (a results page a
 * year on still has its numbers). The same sweep forgets meeting ends claimed more than
 * {@link meetingEndMemoryDays} ago. Sweeps once at start-up (after `after`), then daily; the timers are
 * `unref`'d, so they never keep the process alive. The log says how many comments went, never which.
 * Several instances sweeping at once is harmless: the deletion is idempotent.
 */
export function scheduleRetention(options: RetentionOptions): Retention {
  const { store, months, logger } = options;
  const now = options.now ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<number> | undefined;

  const sweep = async (): Promise<number> => {
    const forgotten = await store.forgetMeetingEndsBefore(
      new Date(now().getTime() - meetingEndMemoryDays * day),
    );
    if (forgotten > 0) logger.info({ forgotten }, "feedback: old meeting ends forgotten");
    if (months === 0) return 0;
    const deleted = await store.deleteCommentsBefore(monthsBefore(now(), months));
    logger.info({ deleted, months }, "feedback: comments past retention deleted");
    return deleted;
  };
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(run, delayMs);
    timer.unref();
  };
  function run() {
    running = sweep();
    running.then(
      () => schedule(options.intervalMs ?? day),
      (error: Error) => {
        logger.warn({ err: { message: error.message } }, "feedback: comment retention failed; will retry");
        schedule(options.retryMs ?? 60 * 60 * 1000);
      },
    );
  }

  if (months === 0) logger.info("feedback: COMMENT_RETENTION_MONTHS=0 – comments are kept");
  (options.after ?? Promise.resolve()).then(() => schedule(0));
  return {
    sweep,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      // A failed sweep was logged where it failed; here it only must have ended.
      await running?.catch(() => undefined);
    },
  };
}

/**
 * `date` moved back by whole calendar months (UTC), on the same day of the month or, when that month
 * is shorter, its last day: 31 March less one month is 28 (or 29) February, not 3 March.
 */
export function monthsBefore(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const dayOfMonth = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(dayOfMonth, lastDay));
  return result;
}
