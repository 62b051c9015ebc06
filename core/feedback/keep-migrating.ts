import type { Logger } from "pino";
import type { FeedbackStore } from "./feedback-store.ts";

/**
 * Applies the store's migrations at start-up without making the app wait for the database: if it is
 * down, the bot still answers strategy questions, and migrations are retried every `retryMs` until
 * they succeed. Returns a handle to stop retrying (on shutdown) and to await the first success.
 */
export function keepMigrating(store: FeedbackStore, logger: Logger, retryMs = 5000) {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const ready = new Promise<void>((resolve) => {
    const attempt = () => {
      store.migrate().then(resolve, (error: Error) => {
        logger.error({ err: { message: error.message } }, "store: migrations failed; retrying");
        if (!stopped) {
          timer = setTimeout(attempt, retryMs);
          timer.unref();
        }
      });
    };
    // Not at once: the caller goes on to load the content and build the search index, which blocks the
    // event loop for seconds, and a connection begun before that would time out while it is blocked.
    timer = setTimeout(attempt, 0);
  });
  return {
    ready,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
