import type { Logger } from "pino";
import type { FeedbackStore } from "./feedback-store.ts";

/** How often {@link keepMigrating} retries, and how long start-up waits for the first success. */
export interface KeepMigratingOptions {
  /** Pause between failed attempts. Default 5 s. */
  retryMs?: number;
  /** Longest wait for the first success before `started` settles anyway. Default 10 s. */
  startWithinMs?: number;
}

/** The running migrations: when they first succeeded, whether they have, and how to stop retrying. */
export interface Migrations {
  /** Settles on the first successful migration. */
  ready: Promise<void>;
  /**
   * Settles on the first successful migration, or after `startWithinMs` if the database is down: the
   * app then serves strategy questions anyway while the migrations go on being retried.
   */
  started: Promise<void>;
  /** Whether the schema is up to date (for `/readyz`). */
  migrated(): boolean;
  /** Stops retrying and waiting (on shutdown). */
  stop(): void;
}

/**
 * Applies the store's migrations at start-up without making the app wait for the database: if it is
 * down, the bot still answers strategy questions, and migrations are retried every `retryMs` until
 * they succeed.
 */
export function keepMigrating(
  store: FeedbackStore,
  logger: Logger,
  options: KeepMigratingOptions = {},
): Migrations {
  let retryTimer: NodeJS.Timeout | undefined;
  let startTimer: NodeJS.Timeout | undefined;
  let stopped = false;
  let migrated = false;
  let startAnyway: () => void = () => {};
  const timeout = new Promise<void>((resolve) => {
    startAnyway = resolve;
  });
  const ready = new Promise<void>((resolve) => {
    const attempt = () => {
      // The wait is counted from the first attempt, so seconds spent building the search on a busy
      // machine are not taken from the database's wait. Not unref'd: with the database down nothing
      // else keeps the process alive until it listens.
      startTimer ??= setTimeout(startAnyway, options.startWithinMs ?? 10_000);
      store.migrate().then(resolve, (error: Error) => {
        logger.error({ err: { message: error.message } }, "store: migrations failed; retrying");
        if (!stopped) {
          retryTimer = setTimeout(attempt, options.retryMs ?? 5000);
          retryTimer.unref();
        }
      });
    };
    // Not at once: the caller goes on to load the content and build the search index, which blocks the
    // event loop for seconds, and a connection begun before that would time out while it is blocked.
    retryTimer = setTimeout(attempt, 0);
  });
  ready.then(() => {
    migrated = true;
    logger.info("store: schema up to date");
  });
  return {
    ready,
    started: Promise.race([ready, timeout]).finally(() => clearTimeout(startTimer)),
    migrated: () => migrated,
    stop() {
      stopped = true;
      clearTimeout(retryTimer);
      clearTimeout(startTimer);
    },
  };
}
